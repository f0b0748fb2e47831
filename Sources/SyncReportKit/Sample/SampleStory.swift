/// What is going to happen to one record tonight, per direction: from which run on it is picked up and the outcome
/// of each successive run that processes it. Business Central's rules (Skipped, coupling on insert) are applied
/// when the story is played, so a planned step may become a Skipped count instead.
struct SampleStory {
    enum Step {
        case fail(SampleFailure)
        /// Synchronised: inserted if the record was not coupled yet, otherwise modified.
        case succeed
    }

    /// First run index per direction (indexed by `SampleDirection.rawValue`).
    var start = [0, 0]
    var steps: [[Step]] = [[], []]
    /// A failure that repeats until someone fixes the data: when the night runs out of error rows for its cause,
    /// the record is no longer picked up instead of being synchronised.
    var isRepeated = false

    init() {}

    init(direction: SampleDirection, start run: Int, steps: [Step]) {
        start[direction.rawValue] = run
        self.steps[direction.rawValue] = steps
    }
}
