/// Why an audit snapshot was not written, or why a bag does not verify.
public enum ArchiveError: Error, Equatable, Sendable, CustomStringConvertible {
    case tooLarge(limit: String, size: Int64, allowed: Int64)
    case pathTooLong(String)
    case io(path: String, reason: String)
    case notABag(path: String, reason: String)

    public var description: String {
        switch self {
        case .tooLarge(let limit, let size, let allowed):
            "error: the archive would exceed its \(limit) limit (\(size) > \(allowed)); nothing was archived. Raise the limit with its --archive-max option"
        case .pathTooLong(let path):
            "error: '\(path)' is too long a path for a tar archive (255 bytes, with a '/' within the last 100); nothing was archived"
        case .io(let path, let reason):
            "\(path): error: cannot write the archive: \(reason)"
        case .notABag(let path, let reason):
            "\(path): error: not a BagIt bag: \(reason)"
        }
    }
}
