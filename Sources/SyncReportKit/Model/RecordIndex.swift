/// Links the two sides of each record: errors that name both sides tell which Dataverse row belongs to
/// which Business Central record, and a coupling's CRM ID finds its record through that row.
public struct RecordIndex: Sendable {
    /// For each Dataverse row, the position of the error that tells its record:
    /// the last one naming both sides, else the first naming the row. Positions, not records, so a night of
    /// errors repeating the same row costs no reference counting.
    private var errorByRow: [GUID: Int] = [:]
    private let errors: [SyncError]
    /// Positions in `couplings`, which is shared with the dataset rather than copied.
    private var couplingByRow: [GUID: Int] = [:]
    private let couplings: [Coupling]

    public init(_ dataset: Dataset) {
        errors = dataset.errors
        couplings = dataset.couplings
        couplingByRow.reserveCapacity(couplings.count)
        // Each core indexes a contiguous part; merging the parts in order keeps the same choice per row.
        for part in errors.indices.parallelChunks({ Self.errorByRow(in: dataset.errors, $0) }) {
            for (row, position) in part { record(position, for: row) }
        }
        for (position, coupling) in couplings.enumerated() { couplingByRow[coupling.crmID] = position }
    }

    private static func errorByRow(in errors: [SyncError], _ positions: Range<Int>) -> [GUID: Int] {
        var index = RecordIndex(errors: errors)
        for position in positions {
            if let row = errors[position].dataverseRecord?.dataverseID { index.record(position, for: row) }
        }
        return index.errorByRow
    }

    private init(errors: [SyncError]) {
        self.errors = errors
        couplings = []
    }

    private mutating func record(_ position: Int, for row: GUID) {
        if errors[position].businessCentralRecord != nil || errorByRow[row] == nil { errorByRow[row] = position }
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

    public func coupling(of record: RecordRef) -> Coupling? {
        guard let id = record.dataverse?.dataverseID, let position = couplingByRow[id] else { return nil }
        return couplings[position]
    }
}
