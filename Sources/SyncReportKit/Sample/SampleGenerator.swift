/// One synthetic night of Business Central integration exports, deterministic for a seed.
///
/// The exports are jobs (table 5338 Integration Synch. Job), errors (5339 Integration Synch. Job Errors) and
/// couplings (5331 CRM Integration Record), in the format asked for. `errors` is the number of error rows. Without
/// `couplings` and `jobs`, jobs, records and couplings scale with it; with them, there are exactly that many
/// coupling and job rows, and a night of many errors over few couplings is one where a few records fail on every
/// run.
public struct SampleGenerator: Sendable {
    private let seed: UInt64
    private let errors: Int
    private let couplings: Int?
    private let jobs: Int?
    private let night: SampleNight

    /// The fewest jobs a night can have: three runs of each of the sample's nine mapping jobs.
    public static let minimumJobs = SamplePlanBuilder.minimumRuns * SampleTable.jobsPerRun

    /// `jobs`, when given, is at least `minimumJobs`.
    public init(
        seed: UInt64, errors: Int = 400, couplings: Int? = nil, jobs: Int? = nil, night: SampleNight = .default
    ) {
        precondition(jobs.map { $0 >= Self.minimumJobs } ?? true, "a sample night has at least \(Self.minimumJobs) jobs")
        self.seed = seed
        self.errors = errors
        self.couplings = couplings
        self.jobs = jobs
        self.night = night
    }

    /// The exports in memory: jobs first, then errors, then couplings. In JSON, a table of more than a page comes in
    /// several files, and a table without rows in none.
    public func files(_ format: SampleFormat = .csv) -> [SampleFile] {
        var collector = SampleFileCollector()
        write(format, to: &collector)
        return collector.files
    }

    /// Hands the exports to `destination` file by file, in the order of `files`.
    public func write<Destination: SampleDestination>(
        _ format: SampleFormat, to destination: inout Destination
    ) throws(Destination.Failure) {
        let plan = SamplePlan(seed: seed, size: SampleSize(errors: errors, couplings: couplings, jobs: jobs), night: night)
        try SampleRenderer(plan: plan).write(format, to: &destination)
    }
}
