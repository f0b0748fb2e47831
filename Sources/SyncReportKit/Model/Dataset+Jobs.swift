extension Dataset {
    /// Jobs by ID, for linking errors and couplings to their runs; jobs without an ID cannot be linked.
    public var jobsByID: [GUID: Job] {
        Dictionary(jobs.compactMap { job in job.id.map { ($0, job) } }) { _, last in last }
    }
}
