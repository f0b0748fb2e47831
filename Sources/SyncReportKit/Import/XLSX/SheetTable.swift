/// One worksheet's non-empty cells as text in a single buffer, with where each ends and its column,
/// and where each row with cells starts. A value: readers walk it as often as they like.
struct SheetTable {
    struct Cell {
        /// Where the cell's text ends in `text`; it starts where the previous cell's ends.
        var end: UInt32
        /// 1-based.
        var column: UInt32
    }

    struct Row {
        /// The row number the sheet shows.
        var number: Int
        /// The index in `cells` of the row's first cell; its cells run to the next row's first.
        var firstCell: Int
    }

    var text: [UInt8] = []
    var cells: [Cell] = []
    var rows: [Row] = []

    func cells(ofRow index: Int) -> Range<Int> {
        rows[index].firstCell..<(index + 1 < rows.count ? rows[index + 1].firstCell : cells.count)
    }

    func textStart(ofCell index: Int) -> Int {
        index == 0 ? 0 : Int(cells[index - 1].end)
    }
}
