/// One row of a JSON page: the row object's values in header order, or the header's keys.
struct JSONRow: TableRow {
    private var table = JSONTable(source: [])
    private var values: [JSONSpan] = []
    private var anchor = JSONTable.Anchor.fileStart
    private var index = -1
    var problem: RowProblem?

    var count: Int { values.count }

    /// The line of the row object's opening brace.
    var line: Int { anchor.line }

    /// Every element of the array is a row, even `{}`, so that each one is used or rejected.
    var isBlank: Bool { false }

    subscript(field: Int) -> ArraySlice<UInt8> {
        table.text(values[field])
    }

    /// Where the value starts; for a key the row does not have, its opening brace.
    func line(_ field: Int) -> Int {
        table.place(of: values[field].offset, from: anchor).line
    }

    func column(_ field: Int) -> Int {
        table.place(of: values[field].offset, from: anchor).column
    }

    func problem(_ field: Int) -> RowProblem? {
        table.fieldProblems[JSONTable.FieldPlace(row: index, column: field)]
    }

    mutating func loadHeader(of table: JSONTable) {
        self.table = table
        self.index = -1
        values = table.header
        anchor = .fileStart
        problem = nil
    }

    mutating func load(row index: Int, of table: JSONTable) {
        self.table = table
        self.index = index
        let row = table.rows[index]
        anchor = row.anchor
        values.removeAll(keepingCapacity: true)
        values.append(contentsOf: repeatElement(.empty(at: row.anchor.offset), count: table.header.count))
        for cell in table.cells[row.cells] {
            values[cell.column] = cell.value
        }
        problem = table.problems[index]
    }
}
