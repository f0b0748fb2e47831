/// An input problem that stops the run before anything is published.
public enum ImportError: Error, Equatable, Sendable, CustomStringConvertible {
    case unreadable(file: String, reason: String)
    /// An input file, or an export's rows, over an `ImportLimits` bound: `what` says which, `flag` raises it.
    case overLimit(file: String, what: String, limit: Int, flag: String)
    case empty(file: String)
    case unknownTable(file: String, headers: [String])
    case ambiguousTable(file: String, kinds: [TableKind])
    case missingColumn(file: String, table: TableKind, column: String)
    case notText(file: String, line: Int, column: Int, reason: String)
    case badHeader(file: String, line: Int, column: Int, reason: String)
    case duplicateColumn(file: String, column: String, columns: [Int])
    case everyRowRejected(file: String, rows: Int, first: RejectedRow)
    /// No date in the file has a day above 12, so `03/04/2026` could be either.
    case ambiguousDateOrder(file: String, line: Int, column: Int, value: String)
    /// Some dates have the day first and others the month first.
    case conflictingDateOrder(file: String, dayFirst: SourceLocation, monthFirst: SourceLocation)

    /// The file is not a zip package with the parts of an Excel workbook, or a part is damaged.
    case unreadableWorkbook(file: String, reason: String)
    /// A part of the workbook unpacks to more than the limit: refused as a possible zip bomb.
    case workbookTooLarge(file: String, part: String, limit: Int)
    /// A part of the workbook is not well-formed XML, or declares a DTD.
    case malformedWorkbookPart(file: String, part: String, line: Int, column: Int, reason: String)

    /// The JSON is not well-formed: `expected` says what the grammar allows at that place.
    case malformedJSON(file: String, line: Int, column: Int, expected: String, found: String)
    /// Well-formed JSON that is neither an OData page (`{"value": [...]}`) nor an array of rows.
    case notAPage(file: String, line: Int, column: Int, reason: String)
    /// A JSON page without any row that has a field, so nothing tells which export it is.
    case emptyPage(file: String, line: Int, column: Int)
    /// The previous report's `data.json` cannot give the history.
    case previousReport(file: String, line: Int, column: Int, reason: String)

    public var description: String {
        switch self {
        case .unreadable(let file, let reason):
            "\(file): error: cannot read the file: \(reason)"
        case .empty(let file):
            "\(file):1:1: error: the file is empty; expected a header row"
        case .unknownTable(let file, let headers):
            "\(file):1:1: error: the header row is not a jobs, errors, couplings or Coupled Data Synchronization Errors export (headers: \(headers.prefix(8).map { String($0.prefix(40)) }.joined(separator: ", ")))"
        case .ambiguousTable(let file, let kinds):
            "\(file):1:1: error: the header row fits several exports (\(kinds.map(\.rawValue).joined(separator: ", ")))"
        case .missingColumn(let file, let table, let column):
            "\(file):1:1: error: the \(table.rawValue) export has no '\(column)' column, which it needs"
        case .notText(let file, let line, let column, let reason):
            "\(file):\(line):\(column): error: \(reason)"
        case .badHeader(let file, let line, let column, let reason):
            "\(file):\(line):\(column): error: the header row is broken: \(reason)"
        case .duplicateColumn(let file, let column, let columns):
            "\(file):1:1: error: the column '\(column)' appears \(columns.count) times (columns \(columns.map(String.init).joined(separator: ", "))); keep one"
        case .everyRowRejected(let file, let rows, let first):
            "\(first.location): error: all \(rows) rows of \(file) were rejected, the first because \(first.reason); is this the right file and format?"
        case .ambiguousDateOrder(let file, let line, let column, let value):
            "\(file):\(line):\(column): error: cannot tell whether '\(value)' is day/month or month/day: no date in this file has a day above 12; run again with --date-order dmy or --date-order mdy"
        case .conflictingDateOrder(let file, let dayFirst, let monthFirst):
            "\(file):\(dayFirst.line):\(dayFirst.column): error: this date has the day first, but the one at line \(monthFirst.line), column \(monthFirst.column) has the month first; export the file again with one date format"
        case .unreadableWorkbook(let file, let reason):
            "\(file): error: cannot read the Excel workbook: \(reason)"
        case .workbookTooLarge(let file, let part, let limit):
            "\(file): error: \(part) unpacks to more than \(limit >= 1_048_576 ? "\(limit / 1_048_576) MiB" : "\(limit) bytes"); refused as a possible zip bomb (--max-unpacked-bytes raises the limit for a whole workbook; one part may unpack to 1 GiB at most)"
        case .overLimit(let file, let what, let limit, let flag):
            "\(file): error: \(what), over the limit of \(limit) (\(flag) raises it)"
        case .previousReport(let file, let line, let column, let reason):
            "\(file):\(line):\(column): error: the previous report cannot be compared with: \(reason)"
        case .malformedWorkbookPart(let file, let part, let line, let column, let reason):
            "\(file)[\(part)]:\(line):\(column): error: \(reason)"
        case .malformedJSON(let file, let line, let column, let expected, let found):
            "\(file):\(line):\(column): error: malformed JSON: expected \(expected), found \(found)"
        case .notAPage(let file, let line, let column, let reason):
            "\(file):\(line):\(column): error: \(reason)"
        case .emptyPage(let file, let line, let column):
            "\(file):\(line):\(column): error: the page has no rows with fields, so nothing tells which export it is; leave out a page without rows (such as a night without errors)"
        }
    }

    /// The file the error is about.
    public var file: String {
        switch self {
        case .unreadable(let file, _), .overLimit(let file, _, _, _), .empty(let file), .unknownTable(let file, _),
             .ambiguousTable(let file, _), .missingColumn(let file, _, _), .notText(let file, _, _, _),
             .ambiguousDateOrder(let file, _, _, _), .conflictingDateOrder(let file, _, _), .badHeader(let file, _, _, _),
             .duplicateColumn(let file, _, _), .everyRowRejected(let file, _, _),
             .unreadableWorkbook(let file, _), .workbookTooLarge(let file, _, _),
             .malformedWorkbookPart(let file, _, _, _, _),
             .malformedJSON(let file, _, _, _, _), .notAPage(let file, _, _, _), .emptyPage(let file, _, _),
             .previousReport(let file, _, _, _):
            file
        }
    }
}
