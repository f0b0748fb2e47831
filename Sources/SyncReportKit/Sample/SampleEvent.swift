/// One row of table 5339 "Integration Synch. Job Errors".
struct SampleEvent {
    enum Subject {
        /// A record failed (index into the plan's records).
        case record(Int32, SampleFailure)
        /// The job itself failed; the row has no source or destination and repeats the job's message.
        case job(SampleJobMessage)
    }

    let job: Int32
    let subject: Subject
    /// Position within the job's run time, in 1/2³² of its duration; fixed before the job's duration is known.
    let offset: UInt32
    /// Date/Time in milliseconds since 1970 (UTC), once the job is timed.
    var time = 0

    init(job: Int, subject: Subject, offset: UInt32) {
        self.job = Int32(job)
        self.subject = subject
        self.offset = offset
    }

    /// Index of the failing record, -1 for a job-level row; a total order for sorting equal times.
    var recordIndex: Int {
        if case .record(let index, _) = subject { Int(index) } else { -1 }
    }
}
