/// One row of an export in any format: each field as UTF-8 text bytes, with the place it came from.
/// Readers reuse one row value for every row (`next(into:)`), so reading allocates little per row.
protocol TableRow {
    init()
    var count: Int { get }
    subscript(field: Int) -> ArraySlice<UInt8> { get }
    /// Where the row starts.
    var line: Int { get }
    /// Where a field starts; fields of one row may span lines.
    func line(_ field: Int) -> Int
    func column(_ field: Int) -> Int
    /// A row with nothing in it, which is skipped and not counted.
    var isBlank: Bool { get }
    /// Something wrong with the row's structure (e.g. an unclosed quote), found while reading it.
    var problem: RowProblem? { get }
    /// Something wrong with one field that matters only if the field is used (e.g. a JSON object where a
    /// column the tool ignores holds one).
    func problem(_ field: Int) -> RowProblem?
}

/// Produces the rows of one table, the header row first. Readers are values: a copy replays the rows from
/// where it was made, which lets a table be read twice (e.g. to settle the day/month order of its dates first).
protocol TableRowReader: Sendable {
    associatedtype Row: TableRow
    mutating func next(into row: inout Row) -> Bool
    /// The rest of the rows as up to `count` readers of consecutive parts, in order, to be read on several cores.
    func parts(_ count: Int) -> [Self]
}

extension TableRowReader {
    func parts(_ count: Int) -> [Self] { [self] }
}

/// A structural problem in a row, at a place in the file.
struct RowProblem: Equatable, Sendable {
    var line: Int
    var column: Int
    var reason: String
}

extension TableRow {
    func problem(_ field: Int) -> RowProblem? { nil }

    func string(_ field: Int) -> String {
        String(decoding: self[field], as: UTF8.self)
    }
}
