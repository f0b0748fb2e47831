/// Links the two sides of each record: errors that name both sides tell which Dataverse row belongs to
/// which Business Central record, and a coupling's CRM ID finds its record through that row.
public struct RecordIndex: Sendable {
    /// For each Dataverse row, the Business Central record of the last error naming both sides. Only the
    /// records are kept, not the errors, so the night's errors can be let go once they are classified.
    private let recordByRow: [GUID: RecordID]
    /// Positions in `couplings`, which is shared with the dataset rather than copied.
    private let couplingByRow: [GUID: Int]
    private let couplings: [Coupling]

    public init(_ dataset: Dataset) {
        couplings = dataset.couplings
        // The two maps are independent: each is built on a core of its own.
        (recordByRow, couplingByRow) = concurrently({ Self.recordByRow(dataset.errors) }, { Self.couplingByRow(dataset.couplings) })
    }

    private static func recordByRow(_ errors: [SyncError]) -> [GUID: RecordID] {
        var map: [GUID: RecordID] = [:]
        for position in errors.indices {
            guard let row = errors[position].dataverseRowID, errors[position].namesBusinessCentralRecord else { continue }
            map[row] = errors[position].businessCentralRecord
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
        if let id = row?.dataverseID, let record = recordByRow[id] {
            return RecordRef(businessCentral: record, dataverse: row)
        }
        return RecordRef(businessCentral: nil, dataverse: row)
    }

    /// What the error's record state and the coupling of the Dataverse row it names tell (the coupling
    /// `coupling(of: record(of: error))` gives, as the other side never tells the row). The coupling is read in
    /// place, not copied, as every error of the night asks.
    public func facts(of error: SyncError) -> RecordFacts {
        guard let id = error.dataverseRowID, let position = couplingByRow[id] else { return RecordFacts(error.recordState) }
        return RecordFacts(error.recordState, coupling: couplings[position])
    }

    public func coupling(of record: RecordRef) -> Coupling? {
        guard let id = record.dataverse?.dataverseID, let position = couplingByRow[id] else { return nil }
        return couplings[position]
    }
}
