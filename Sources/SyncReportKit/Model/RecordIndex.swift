/// Links the two sides of each record: errors that name both sides tell which Dataverse row belongs to
/// which Business Central record, and a coupling's CRM ID finds its record through that row.
public struct RecordIndex: Sendable {
    private var recordByRow: [GUID: RecordRef] = [:]
    private var couplingByRow: [GUID: Coupling] = [:]

    public init(_ dataset: Dataset) {
        for error in dataset.errors {
            guard let row = error.dataverseRecord, let id = row.dataverseID else { continue }
            if let record = error.businessCentralRecord {
                recordByRow[id] = RecordRef(businessCentral: record, dataverse: row)
            } else if recordByRow[id] == nil {
                recordByRow[id] = RecordRef(businessCentral: nil, dataverse: row)
            }
        }
        for coupling in dataset.couplings { couplingByRow[coupling.crmID] = coupling }
    }

    /// The record an error is about, completed with the other side when another row tells it.
    public func record(of error: SyncError) -> RecordRef {
        let row = error.dataverseRecord
        if let bc = error.businessCentralRecord { return RecordRef(businessCentral: bc, dataverse: row) }
        if let id = row?.dataverseID, let known = recordByRow[id] { return known }
        return RecordRef(businessCentral: nil, dataverse: row)
    }

    public func coupling(of record: RecordRef) -> Coupling? {
        guard let id = record.dataverse?.dataverseID else { return nil }
        return couplingByRow[id]
    }
}
