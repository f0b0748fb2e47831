/// A page of rows in compact form: `JSONPageParser` reads the file once into it, and `JSONRowReader` walks it
/// as often as `TableImport` needs.
struct JSONTable: Sendable {
    /// A place whose line and column are known, from which places after it are counted.
    struct Anchor: Sendable {
        var offset: Int
        var line: Int
        var column: Int

        static let fileStart = Anchor(offset: 0, line: 1, column: 1)
    }

    /// One element of the array of rows, with its values in `cells`.
    struct Row: Sendable {
        var anchor: Anchor
        var cells: Range<Int>
    }

    /// One value of a row and the header column of its key.
    struct Cell: Sendable {
        var column: Int
        var value: JSONSpan
    }

    /// The table the page says it belongs to, which only a page without rows needs (`tableAnnotation`).
    var declaredKind: TableKind?
    /// The file's UTF-8 text; most values are ranges of it.
    var source: [UInt8]
    /// The text of keys and strings whose escapes had to be decoded.
    var decoded: [UInt8] = []
    /// The union of the rows' keys, in order of first appearance.
    var header: [JSONSpan] = []
    var rows: [Row] = []
    var cells: [Cell] = []
    /// Why a row cannot be used, by row index; few rows have a problem, so it is not stored in every row.
    var problems: [Int: RowProblem] = [:]
    /// Values that are objects or arrays, by row and column: a problem only if the column is read.
    var fieldProblems: [FieldPlace: RowProblem] = [:]

    /// Written by `syncreport fetch` on a table's only page when it has no rows, which alone cannot tell
    /// which export it is: a night without errors is an empty errors table, not a missing export.
    static let tableAnnotation = "@syncreport.table"

    struct FieldPlace: Hashable {
        let row: Int
        let column: Int
    }

    func text(_ span: JSONSpan) -> ArraySlice<UInt8> {
        span.isDecoded ? decoded[span.start..<span.end] : source[span.start..<span.end]
    }

    /// Line and column (in characters) of `offset`, counted from an anchor before it. Rows are short, so this
    /// stays cheap even when the whole file is one line.
    func place(of offset: Int, from anchor: Anchor) -> (line: Int, column: Int) {
        var line = anchor.line
        var column = anchor.column
        for byte in source[anchor.offset..<offset] {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return (line, column)
    }
}
