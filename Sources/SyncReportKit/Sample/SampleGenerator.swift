/// One synthetic night of Business Central integration exports, deterministic for a seed.
///
/// `files()` returns `jobs.csv` (table 5338 Integration Synch. Job), `errors.csv` (5339 Integration Synch. Job Errors)
/// and `couplings.csv` (5331 CRM Integration Record), written as Excel saves CSV. `errors` is the number of error rows;
/// jobs, records and couplings scale with it.
public struct SampleGenerator: Sendable {
    private let seed: UInt64
    private let errors: Int
    private let night: SampleNight

    public init(seed: UInt64, errors: Int = 400, night: SampleNight = .default) {
        self.seed = seed
        self.errors = errors
        self.night = night
    }

    /// jobs.csv, errors.csv, couplings.csv, in that order.
    public func files() -> [SampleFile] {
        SampleRenderer(plan: SamplePlan(seed: seed, errors: errors, night: night)).files()
    }
}
