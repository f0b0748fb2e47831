/// One row of table 5331 "CRM Integration Record": the coupling of a Business Central record to a Dataverse row.
struct SampleCoupling {
    let record: Int32
    /// Into Dataverse (ToIntegrationTable): "Last Synch. CRM Result" / "Last Synch. CRM Job ID".
    let toDataverse: SampleSyncMark
    /// Into Business Central (FromIntegrationTable): "Last Synch. Result" / "Last Synch. Job ID".
    let toBusinessCentral: SampleSyncMark
    let skipped: Bool
    /// The job of the record's last successful synchronisation tonight, -1 if none; its time drives the
    /// "Last Synch. (CRM) Modified On" timestamps.
    let lastSuccessJob: Int32
}
