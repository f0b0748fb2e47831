/// An input problem that stops the run before anything is published.
public enum ImportError: Error, Equatable, Sendable, CustomStringConvertible {
    case unreadable(file: String, reason: String)
    case empty(file: String)
    case unsupportedFormat(file: String, format: String)
    case unknownTable(file: String, headers: [String])
    case ambiguousTable(file: String, kinds: [TableKind])
    case missingColumn(file: String, table: TableKind, column: String)
    case notText(file: String, line: Int, column: Int, reason: String)
    /// No date in the file has a day above 12, so `03/04/2026` could be either.
    case ambiguousDateOrder(file: String, line: Int, column: Int, value: String)
    /// Some dates have the day first and others the month first.
    case conflictingDateOrder(file: String, dayFirst: SourceLocation, monthFirst: SourceLocation)

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
        case .ambiguousDateOrder(let file, let line, let column, let value):
            "\(file):\(line):\(column): error: cannot tell whether '\(value)' is day/month or month/day: no date in this file has a day above 12; run again with --date-order dmy or --date-order mdy"
        case .conflictingDateOrder(let file, let dayFirst, let monthFirst):
            "\(file):\(dayFirst.line):\(dayFirst.column): error: this date has the day first, but the one at line \(monthFirst.line), column \(monthFirst.column) has the month first; export the file again with one date format"
        }
    }

    /// The file the error is about.
    public var file: String {
        switch self {
        case .unreadable(let file, _), .empty(let file), .unsupportedFormat(let file, _), .unknownTable(let file, _),
             .ambiguousTable(let file, _), .missingColumn(let file, _, _), .notText(let file, _, _, _),
             .ambiguousDateOrder(let file, _, _, _), .conflictingDateOrder(let file, _, _):
            file
        }
    }
}
