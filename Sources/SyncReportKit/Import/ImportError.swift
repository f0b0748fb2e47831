/// An input problem that stops the run before anything is published.
public enum ImportError: Error, Equatable, Sendable, CustomStringConvertible {
    case unreadable(file: String, reason: String)
    case empty(file: String)
    case unsupportedFormat(file: String, format: String)
    case unknownTable(file: String, headers: [String])
    case ambiguousTable(file: String, kinds: [TableKind])
    case missingColumn(file: String, table: TableKind, column: String)
    case notText(file: String, line: Int, column: Int, reason: String)

    public var description: String {
        switch self {
        case .unreadable(let file, let reason):
            "\(file): error: cannot read the file: \(reason)"
        case .empty(let file):
            "\(file):1:1: error: the file is empty; expected a header row"
        case .unsupportedFormat(let file, let format):
            "\(file):1:1: error: this looks like \(format); this version reads CSV exports only"
        case .unknownTable(let file, let headers):
            "\(file):1:1: error: the header row is not a jobs, errors or couplings export (headers: \(headers.prefix(8).joined(separator: ", ")))"
        case .ambiguousTable(let file, let kinds):
            "\(file):1:1: error: the header row fits several exports (\(kinds.map(\.rawValue).joined(separator: ", ")))"
        case .missingColumn(let file, let table, let column):
            "\(file):1:1: error: the \(table.rawValue) export has no '\(column)' column, which it needs"
        case .notText(let file, let line, let column, let reason):
            "\(file):\(line):\(column): error: \(reason)"
        }
    }

    /// The file the error is about.
    public var file: String {
        switch self {
        case .unreadable(let file, _), .empty(let file), .unsupportedFormat(let file, _), .unknownTable(let file, _),
             .ambiguousTable(let file, _), .missingColumn(let file, _, _), .notText(let file, _, _, _):
            file
        }
    }
}
