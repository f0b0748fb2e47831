/// The rows of one input file, typed, with the rows it could not use.
struct ImportedTable: Sendable {
    var summary: InputSummary
    var jobs: [Job] = []
    var errors: [SyncError] = []
    var couplings: [Coupling] = []
    var rejected: [RejectedRow] = []
}

extension ImportedTable {
    /// Adds the rows of the next part of the same file.
    mutating func append(_ part: ImportedTable) {
        summary.rowsRead += part.summary.rowsRead
        summary.rowsUsed += part.summary.rowsUsed
        summary.rowsRejected += part.summary.rowsRejected
        jobs.append(contentsOf: part.jobs)
        errors.append(contentsOf: part.errors)
        couplings.append(contentsOf: part.couplings)
        rejected.append(contentsOf: part.rejected.prefix(max(RejectedRow.listedLimit - rejected.count, 0)))
    }
}
