/// An input row that could not be used, kept with its place and the reason so nothing is lost silently.
public struct RejectedRow: Sendable, Hashable, Comparable {
    public var location: SourceLocation
    public var reason: String

    public init(location: SourceLocation, reason: String) {
        self.location = location
        self.reason = reason
    }

    /// Rejected rows a night keeps and lists with their reasons, the first in file order; the rest are counted.
    /// A broken export can reject every one of millions of rows: 2,000,000 rejected rows made 10,000 pages and
    /// half a minute of rendering, and ten million never finished.
    public static let listedLimit = 10_000

    public static func < (lhs: RejectedRow, rhs: RejectedRow) -> Bool {
        lhs.location < rhs.location
    }
}
