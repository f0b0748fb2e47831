/// A whole synthetic night, decided before any byte is written: jobs with counters and times, error rows in
/// Date/Time order (the order of their No.), couplings in CRM ID order.
struct SamplePlan {
    let environment: SampleEnvironment
    /// No. of the first error row; earlier entries were deleted ("Delete Entries Older Than 7 Days").
    let firstErrorNumber: Int
    /// 20:00 UTC of the night, milliseconds since 1970.
    let eveningStart: Int
    let jobs: [SampleJob]
    /// Jobs of the mappings without records, when the night's job count is given.
    let quietJobs: [SampleQuietJob]
    let records: [SampleRecord]
    let events: [SampleEvent]
    let couplings: [SampleCoupling]
    /// Id of the last job before tonight per table and direction (`table.rawValue * 2 + direction.rawValue`);
    /// couplings not touched tonight point to it although it is not in the export.
    let earlierJobIDs: [SampleGUID]

    init(seed: UInt64, size: SampleSize, night: SampleNight) {
        var builder = SamplePlanBuilder(seed: seed, size: size, night: night)
        self = builder.build()
    }

    init(
        environment: SampleEnvironment, firstErrorNumber: Int, eveningStart: Int, jobs: [SampleJob],
        quietJobs: [SampleQuietJob], records: [SampleRecord], events: [SampleEvent], couplings: [SampleCoupling],
        earlierJobIDs: [SampleGUID]
    ) {
        self.environment = environment
        self.firstErrorNumber = firstErrorNumber
        self.eveningStart = eveningStart
        self.jobs = jobs
        self.quietJobs = quietJobs
        self.records = records
        self.events = events
        self.couplings = couplings
        self.earlierJobIDs = earlierJobIDs
    }

    func earlierJobID(_ table: SampleTable, _ direction: SampleDirection) -> SampleGUID {
        earlierJobIDs[table.rawValue * SampleDirection.allCases.count + direction.rawValue]
    }
}
