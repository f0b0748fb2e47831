/// An input row that could not be used, kept with its place and the reason so nothing is lost silently.
public struct RejectedRow: Sendable, Hashable, Comparable {
    public var location: SourceLocation
    public var reason: String

    public init(location: SourceLocation, reason: String) {
        self.location = location
        self.reason = reason
    }

    public static func < (lhs: RejectedRow, rhs: RejectedRow) -> Bool {
        lhs.location < rhs.location
    }
}
