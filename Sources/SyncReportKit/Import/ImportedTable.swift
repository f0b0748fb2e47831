/// The rows of one input file, typed, with the rows it could not use.
struct ImportedTable: Sendable {
    var summary: InputSummary
    var jobs: [Job] = []
    var errors: [SyncError] = []
    var couplings: [Coupling] = []
    var rejected: [RejectedRow] = []
}
