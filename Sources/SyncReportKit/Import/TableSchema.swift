/// Which columns make up each kind of export, which of them identify it, and which it cannot do without.
struct TableSchema: Sendable {
    let kind: TableKind
    let columns: [ExportColumn]
    /// A header row is this kind when it has at least one column of each group.
    let signature: [[ExportColumn]]
    /// At least one of each group must be present, or the file is an input error.
    let required: [[ExportColumn]]

    static let all: [TableSchema] = [jobs, errors, couplings, coupledErrors]

    static let jobs = TableSchema(
        kind: .jobs,
        columns: [.jobID, .start, .finish, .mapping, .jobType, .direction, .directionText, .inserted, .modified, .deleted,
                  .unchanged, .skipped, .failed, .jobMessage],
        signature: [[.start], [.jobID, .finish]],
        required: []
    )

    static let errors = TableSchema(
        kind: .errors,
        columns: [.errorNo, .errorJobID, .sourceRecord, .destinationRecord, .loggedAt, .shortMessage, .fullMessage],
        signature: [[.loggedAt]],
        required: [[.fullMessage, .shortMessage]]
    )

    static let couplings = TableSchema(
        kind: .couplings,
        columns: [.crmID, .integrationID, .tableID, .lastSynchModifiedOn, .lastSynchCRMModifiedOn, .lastSynchResult,
                  .lastSynchCRMResult, .lastSynchJobID, .lastSynchCRMJobID, .isSkipped],
        signature: [[.crmID], [.integrationID]],
        required: [[.crmID], [.integrationID]]
    )

    /// The page's rows are the couplings Business Central marked Skipped, each with its latest error.
    static let coupledErrors = TableSchema(
        kind: .coupledErrors,
        columns: [.skippedTableID, .tableName, .recordDescription, .recordExists, .coupledTo, .coupledRecordExists,
                  .latestError, .failedOn, .recordModifiedOn, .coupledModifiedOn],
        signature: [[.tableName], [.recordExists]],
        required: [[.tableName], [.recordDescription], [.latestError]]
    )
}
