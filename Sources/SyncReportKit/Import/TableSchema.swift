/// Which columns make up each kind of export, which of them identify it, and which it cannot do without.
struct TableSchema: Sendable {
    let kind: TableKind
    let columns: [ExportColumn]
    /// A header row is this kind when it has at least one column of each group.
    let signature: [[ExportColumn]]
    /// At least one of each group must be present, or the file is an input error.
    let required: [[ExportColumn]]
    /// Columns Business Central puts in this export that the tool has no use for: not worth a warning.
    var unread: [String] = []

    /// Fields of every table, which Edit in Excel and the OData feed add.
    static let systemFields = ["SystemId", "SystemCreatedAt", "SystemCreatedBy", "SystemModifiedAt", "SystemModifiedBy", "SystemRowVersion"]

    /// The columns that matter and are missing, given where each found column is: one whose alternative is
    /// there is not missing.
    func absent(_ found: [ExportColumn: Int]) -> [ExportColumn] {
        columns.filter { column in found[column] == nil && !column.coveredBy.contains { found[$0] != nil } }
    }

    static func of(_ kind: TableKind) -> TableSchema {
        all.first { $0.kind == kind }!
    }

    static let all: [TableSchema] = [jobs, errors, couplings, coupledErrors]

    static let jobs = TableSchema(
        kind: .jobs,
        columns: [.jobID, .start, .finish, .mapping, .jobType, .direction, .directionText, .inserted, .modified, .deleted,
                  .unchanged, .skipped, .failed, .jobMessage],
        signature: [[.start], [.jobID, .finish]],
        required: [],
        unread: ["Job Queue Log Entry No.", "Uncoupled", "Coupled", "Duration"]
    )

    static let errors = TableSchema(
        kind: .errors,
        columns: [.errorNo, .errorJobID, .sourceRecord, .destinationRecord, .loggedAt, .shortMessage, .fullMessage],
        signature: [[.loggedAt]],
        required: [[.fullMessage, .shortMessage]],
        unread: ["Exception Detail", "Help Link", "HelpLink", "Source", "Destination"]
    )

    static let couplings = TableSchema(
        kind: .couplings,
        columns: [.crmID, .integrationID, .tableID, .lastSynchModifiedOn, .lastSynchCRMModifiedOn, .lastSynchResult,
                  .lastSynchCRMResult, .lastSynchJobID, .lastSynchCRMJobID, .isSkipped],
        signature: [[.crmID], [.integrationID]],
        required: [[.crmID], [.integrationID]],
        unread: ["Statistics Uploaded", "Archived Sales Order", "Archived Sales Order Updated"]
    )

    /// The page's rows are the couplings Business Central marked Skipped, each with its latest error.
    static let coupledErrors = TableSchema(
        kind: .coupledErrors,
        columns: [.skippedTableID, .tableName, .recordDescription, .recordExists, .coupledTo, .coupledRecordExists,
                  .latestError, .failedOn, .recordModifiedOn, .coupledModifiedOn],
        signature: [[.tableName], [.recordExists]],
        required: [[.tableName], [.recordDescription], [.latestError]],
        unread: ["Entry No."]
    )
}
