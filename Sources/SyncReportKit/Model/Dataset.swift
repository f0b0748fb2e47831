/// Everything the exports said, merged across files and de-duplicated by key, in a stable order.
public struct Dataset: Sendable, Equatable {
    public var jobs: [Job]
    public var errors: [SyncError]
    public var couplings: [Coupling]
    public var inputs: [InputSummary]
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
}
