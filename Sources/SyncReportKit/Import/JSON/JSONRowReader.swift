/// Walks a parsed page: the header (the union of the rows' keys) first, then each row in file order.
struct JSONRowReader: TableRowReader {
    private let table: JSONTable
    /// The row `next` reads; -1 is the header.
    private var index = -1

    init(table: JSONTable) {
        self.table = table
    }

    mutating func next(into row: inout JSONRow) -> Bool {
        guard index < table.rows.count else { return false }
        if index < 0 {
            row.loadHeader(of: table)
        } else {
            row.load(row: index, of: table)
        }
        index += 1
        return true
    }
}
