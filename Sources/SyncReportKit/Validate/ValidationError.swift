/// The report's markup is not valid, so it is not published.
public struct ValidationError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Sorted by page, line and column.
    public var issues: [MarkupIssue]

    public init(issues: [MarkupIssue]) {
        self.issues = issues.sorted()
    }

    public var description: String {
        issues.map(\.description).joined(separator: "\n")
    }
}
