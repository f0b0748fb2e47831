/// Yields a sheet's rows that have cells, the first being the header; empty rows are simply not there.
/// A copy replays from where it was made, as `TableRowReader` asks.
struct XLSXRowReader: TableRowReader {
    private let sheet: SheetTable
    private var position = 0
    /// The header row's width, which later rows are padded to.
    private var width = 0

    init(sheet: SheetTable) {
        self.sheet = sheet
    }

    mutating func next(into row: inout XLSXRow) -> Bool {
        guard position < sheet.rows.count else { return false }
        row.load(position, of: sheet, width: width)
        if position == 0 { width = row.count }
        position += 1
        return true
    }
}
