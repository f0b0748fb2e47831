/// The `Last Synch. Result` options of a coupling; Business Central's blank option is `nil`.
public enum SyncResult: String, Sendable, Hashable, Codable {
    case success = "Success"
    case failure = "Failure"
}
