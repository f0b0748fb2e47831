/// Links the two sides of each record: errors that name both sides tell which Dataverse row belongs to
/// which Business Central record, and a coupling's CRM ID finds its record through that row.
public struct RecordIndex: Sendable {
    /// For each Dataverse row, the position of the error that tells its record:
    /// the last one naming both sides, else the first naming the row. Positions, not records, so a night of
    /// errors repeating the same row costs no reference counting.
    private let errorByRow: [GUID: Int]
    private let errors: [SyncError]
    /// Positions in `couplings`, which is shared with the dataset rather than copied.
    private let couplingByRow: [GUID: Int]
    private let couplings: [Coupling]

    public init(_ dataset: Dataset) {
        errors = dataset.errors
        couplings = dataset.couplings
        // The two maps are independent: each is built on a core of its own.
        (errorByRow, couplingByRow) = concurrently({ Self.errorByRow(dataset.errors) }, { Self.couplingByRow(dataset.couplings) })
    }

    private static func errorByRow(_ errors: [SyncError]) -> [GUID: Int] {
        var map: [GUID: Int] = [:]
        for position in errors.indices {
            guard let row = errors[position].dataverseRowID else { continue }
            if errors[position].namesBusinessCentralRecord || map[row] == nil { map[row] = position }
        }
        return map
    }

    private static func couplingByRow(_ couplings: [Coupling]) -> [GUID: Int] {
        var map: [GUID: Int] = [:]
        map.reserveCapacity(couplings.count)
        for (position, coupling) in couplings.enumerated() { map[coupling.crmID] = position }
        return map
    }

    /// The record an error is about, completed with the other side when another row tells it.
    public func record(of error: SyncError) -> RecordRef {
        let row = error.dataverseRecord
        if let bc = error.businessCentralRecord { return RecordRef(businessCentral: bc, dataverse: row) }
        if let id = row?.dataverseID, let position = errorByRow[id] {
            return RecordRef(businessCentral: errors[position].businessCentralRecord, dataverse: row)
        }
        return RecordRef(businessCentral: nil, dataverse: row)
    }

    /// The coupling of the Dataverse row an error names: what `coupling(of: record(of: error))` gives, as the
    /// other side never tells the row.
    public func coupling(of error: SyncError) -> Coupling? {
        guard let id = error.dataverseRowID, let position = couplingByRow[id] else { return nil }
        return couplings[position]
    }

    public func coupling(of record: RecordRef) -> Coupling? {
        guard let id = record.dataverse?.dataverseID, let position = couplingByRow[id] else { return nil }
        return couplings[position]
    }
}
