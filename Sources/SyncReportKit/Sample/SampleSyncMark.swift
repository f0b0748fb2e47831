/// The state of one direction of a coupling: "Last Synch. (CRM) Result" and "Last Synch. (CRM) Job ID".
enum SampleSyncMark {
    /// Never synchronised in this direction: blank result, empty GUID.
    case never
    /// Last synchronised successfully before this night, by a job no longer in the export.
    case earlier
    case success(job: Int32)
    case failure(job: Int32)

    /// The option caption as exported (blank for the empty first member).
    var result: String {
        switch self {
        case .never: ""
        case .earlier, .success: "Success"
        case .failure: "Failure"
        }
    }
}
