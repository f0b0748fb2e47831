/// A problem libxml2 found in a page: where, and what.
public struct MarkupIssue: Sendable, Hashable, Comparable, CustomStringConvertible {
    public enum Level: String, Sendable, Hashable {
        case warning, error, fatal
    }

    public var file: String
    public var line: Int
    public var column: Int
    public var level: Level
    public var message: String

    public init(file: String, line: Int, column: Int, level: Level, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.level = level
        self.message = message
    }

    /// Where in which page, for telling issues about the same place apart.
    struct Place: Hashable {
        var file: String
        var line: Int
        var column: Int
    }

    var place: Place { Place(file: file, line: line, column: column) }

    /// A problem of the whole file (a missing manifest) has no line: it is not given as `0:0`.
    public var description: String {
        line > 0 ? "\(file):\(line):\(column): \(level.rawValue): \(message)" : "\(file): \(level.rawValue): \(message)"
    }

    public static func < (lhs: MarkupIssue, rhs: MarkupIssue) -> Bool {
        (lhs.file, lhs.line, lhs.column, lhs.message) < (rhs.file, rhs.line, rhs.column, rhs.message)
    }
}
