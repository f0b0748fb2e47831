/// Direct evidence from Coupled Data Synchronization Errors (page 5333) about a skipped coupling:
/// which side still exists, and what the Dataverse row is called.
public struct RecordState: Sendable, Hashable {
    /// `false` means the record was deleted in Business Central.
    public var recordExists: Bool?
    /// `false` means the coupled row was deleted in Dataverse.
    public var coupledRecordExists: Bool?
    /// The Dataverse row's description, e.g. the account name.
    public var coupledTo: String

    public init(recordExists: Bool?, coupledRecordExists: Bool?, coupledTo: String) {
        self.recordExists = recordExists
        self.coupledRecordExists = coupledRecordExists
        self.coupledTo = coupledTo
    }
}
