/// One row of a worksheet as fields: column A is field 0, gaps are empty fields, and the row is as wide
/// as the header row or its last non-empty cell, whichever is further right (Excel leaves trailing empty cells out).
struct XLSXRow: TableRow {
    /// The sheet's text buffer, shared, never written.
    private var text: [UInt8] = []
    private var starts: [Int] = []
    private var ends: [Int] = []
    private(set) var line = 0

    var count: Int { ends.count }

    subscript(field: Int) -> ArraySlice<UInt8> { text[starts[field]..<ends[field]] }

    func line(_ field: Int) -> Int { line }

    /// The 1-based column, as Excel numbers them (A is 1).
    func column(_ field: Int) -> Int { field + 1 }

    var isBlank: Bool { zip(starts, ends).allSatisfy { $0 == $1 } }

    var problem: RowProblem? { nil }

    mutating func load(_ index: Int, of sheet: SheetTable, width: Int) {
        text = sheet.text
        line = sheet.rows[index].number
        starts.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        for cell in sheet.cells(ofRow: index) {
            let column = Int(sheet.cells[cell].column)
            // A cell right of the header (a note beside the table) belongs to no column.
            if width > 0, column > width { continue }
            while ends.count < column - 1 {
                starts.append(0)
                ends.append(0)
            }
            starts.append(sheet.textStart(ofCell: cell))
            ends.append(Int(sheet.cells[cell].end))
        }
        while ends.count < width {
            starts.append(0)
            ends.append(0)
        }
    }
}
