/// What one reading of a page found: its problems, and the ids and links it holds for the checks across pages.
struct PageInspection: Sendable {
    /// An attribute value and the line of its element.
    struct Value: Sendable, Equatable {
        var text: String
        var line: Int
    }

    var issues: [MarkupIssue] = []
    var ids: [Value] = []
    var links: [Value] = []
}
