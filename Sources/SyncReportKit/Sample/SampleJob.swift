/// One row of table 5338 "Integration Synch. Job": one mapping, one direction, one run of the night.
struct SampleJob {
    let id: SampleGUID
    let table: SampleTable
    let direction: SampleDirection
    /// Index of the scheduled run (0 = 20:00).
    let run: Int
    /// Set when the whole job failed; such a job processes no records.
    var jobMessage: SampleJobMessage?
    var inserted = 0
    var modified = 0
    var unchanged = 0
    var skipped = 0
    var failed = 0
    /// Milliseconds since 1970 (UTC).
    var start = 0
    var finish = 0
    /// False for the job still running when the export was taken: its Finish Date/Time is empty (0DT).
    var isFinished = true

    init(id: SampleGUID, table: SampleTable, direction: SampleDirection, run: Int) {
        self.id = id
        self.table = table
        self.direction = direction
        self.run = run
    }

    var processed: Int {
        inserted + modified + unchanged + skipped + failed
    }
}
