/// Everything the exports said, merged across files and de-duplicated by key, in a stable order.
public struct Dataset: Sendable, Equatable {
    public var jobs: [Job]
    public var errors: [SyncError]
    public var couplings: [Coupling]
    public var inputs: [InputSummary]
    /// The first rejected rows, at most `RejectedRow.listedLimit`; `rejectedCount` counts them all.
    public var rejected: [RejectedRow]
    public var duplicates: Duplicates

    public init(
        jobs: [Job] = [], errors: [SyncError] = [], couplings: [Coupling] = [],
        inputs: [InputSummary] = [], rejected: [RejectedRow] = [], duplicates: Duplicates = Duplicates()
    ) {
        self.jobs = jobs
        self.errors = errors
        self.couplings = couplings
        self.inputs = inputs
        self.rejected = rejected
        self.duplicates = duplicates
    }

    /// Every rejected row, listed or not.
    public var rejectedCount: Int { max(inputs.reduce(0) { $0 + $1.rowsRejected }, rejected.count) }
}
