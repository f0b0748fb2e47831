/// Writes an export as the workbook Excel saves: one sheet named after the table, its header row bold and frozen,
/// text in the shared string table, whole numbers and Booleans as values, date-times as serial numbers (days since
/// 1899-12-30, the time as the fraction) in a date format of `xl/styles.xml`, and empty fields left out. The
/// workbook is built in memory and zipped when the table is complete.
struct XLSXSheetWriter: SampleTableWriter {
    private let export: SampleExport
    private let rowCount: Int
    /// When the workbook was saved, milliseconds since 1970 (UTC): its document properties and zip entries say so.
    private let savedAt: Int
    private var columns: SampleColumnCursor
    /// The column letters of each export column, by its place among those the workbook has.
    private let letters: [[UInt8]]
    private var sheetData: [UInt8] = []
    private var strings = XLSXSharedStrings()
    private var rowNumber: [UInt8] = []
    private var nextRow = 1
    private var isRowOpen = false

    /// Cell styles of `styles.xml`'s cellXfs.
    private static let dateStyle = 1
    private static let headerStyle = 2

    init(_ export: SampleExport, rowCount: Int, savedAt: Int) {
        self.export = export
        self.rowCount = rowCount
        self.savedAt = savedAt
        columns = SampleColumnCursor(export, .xlsx)
        var place = 0
        letters = export.columns.map { column in
            guard column.appears(in: .xlsx) else { return [] }
            place += 1
            return XLSXSheetWriter.columnLetters(place)
        }
        for (index, column) in export.columns.enumerated() where column.appears(in: .xlsx) {
            cell(index, type: "s", style: Self.headerStyle)
            sheetData.append(contentsOf: String(strings.index(of: column.caption)).utf8)
            sheetData.append(contentsOf: "</v></c>".utf8)
        }
        closeRow()
    }

    mutating func text(_ value: @autoclosure () -> String) {
        guard columns.next() else { return }
        let text = value()
        guard !text.isEmpty else { return }
        cell(columns.current, type: "s")
        sheetData.append(contentsOf: String(strings.index(of: text)).utf8)
        sheetData.append(contentsOf: "</v></c>".utf8)
    }

    mutating func option(_ value: String) {
        text(value)
    }

    mutating func integer(_ value: Int) {
        guard columns.next() else { return }
        cell(columns.current)
        sheetData.append(contentsOf: String(value).utf8)
        sheetData.append(contentsOf: "</v></c>".utf8)
    }

    /// As Excel shows Business Central's GUIDs: text, braced.
    mutating func guid(_ value: SampleGUID) {
        text(value.braced)
    }

    mutating func dateTime(milliseconds: Int?) {
        guard columns.next(), let milliseconds else { return }
        cell(columns.current, style: Self.dateStyle)
        sheetData.append(contentsOf: Self.serial(milliseconds: milliseconds).utf8)
        sheetData.append(contentsOf: "</v></c>".utf8)
    }

    mutating func boolean(_ value: Bool) {
        guard columns.next() else { return }
        cell(columns.current, type: "b")
        sheetData.append(value ? UInt8(ascii: "1") : UInt8(ascii: "0"))
        sheetData.append(contentsOf: "</v></c>".utf8)
    }

    mutating func endRow<Destination: SampleDestination>(to destination: inout Destination) throws(Destination.Failure) {
        columns.endRow()
        openRow()
        closeRow()
    }

    mutating func finish<Destination: SampleDestination>(to destination: inout Destination) throws(Destination.Failure) {
        let lastColumn = letters.last { !$0.isEmpty } ?? []
        let dimension = "A1:" + String(decoding: lastColumn, as: UTF8.self) + String(rowCount + 1)
        var sheet = Array(XLSXPackage.sheetStart(dimension: dimension).utf8)
        sheet.append(contentsOf: sheetData)
        sheet.append(contentsOf: XLSXPackage.sheetEnd(dimension: dimension).utf8)
        sheetData = []
        let workbook = XLSXPackage.zip(
            sheetName: export.tableName, sheet: sheet, sharedStrings: strings.part(), savedAt: savedAt)
        try destination.startFile(named: export.name + ".xlsx")
        try destination.write(workbook)
        try destination.finishFile()
    }

    /// `<c r="B7" t="s" s="1"><v>`, opening the row first if this is its first cell.
    private mutating func cell(_ column: Int, type: String? = nil, style: Int? = nil) {
        openRow()
        sheetData.append(contentsOf: "<c r=\"".utf8)
        sheetData.append(contentsOf: letters[column])
        sheetData.append(contentsOf: rowNumber)
        sheetData.append(UInt8(ascii: "\""))
        if let style { sheetData.append(contentsOf: " s=\"\(style)\"".utf8) }
        if let type { sheetData.append(contentsOf: " t=\"\(type)\"".utf8) }
        sheetData.append(contentsOf: "><v>".utf8)
    }

    private mutating func openRow() {
        guard !isRowOpen else { return }
        rowNumber = Array(String(nextRow).utf8)
        sheetData.append(contentsOf: "<row r=\"".utf8)
        sheetData.append(contentsOf: rowNumber)
        sheetData.append(contentsOf: "\">".utf8)
        isRowOpen = true
    }

    private mutating func closeRow() {
        sheetData.append(contentsOf: "</row>".utf8)
        isRowOpen = false
        nextRow += 1
    }

    /// 1 is A, 26 is Z, 27 is AA.
    private static func columnLetters(_ number: Int) -> [UInt8] {
        var letters: [UInt8] = []
        var rest = number
        while rest > 0 {
            letters.insert(UInt8(ascii: "A") + UInt8((rest - 1) % 26), at: 0)
            rest = (rest - 1) / 26
        }
        return letters
    }

    /// Excel's serial of a UTC time, to the second: days since 1899-12-30 (1970-01-01 is 25569), the shortest
    /// decimal that reads back as the same double.
    private static func serial(milliseconds: Int) -> String {
        let seconds = milliseconds / 1000
        let days = seconds / 86_400 + 25_569
        let secondOfDay = seconds % 86_400
        return secondOfDay == 0 ? String(days) : String(Double(days) + Double(secondOfDay) / 86_400)
    }
}

/// The workbook's shared string table: each distinct text once, in order of first use, as `xl/sharedStrings.xml`.
struct XLSXSharedStrings {
    private var indices: [String: Int] = [:]
    private var items: [UInt8] = []
    private var references = 0

    mutating func index(of text: String) -> Int {
        references += 1
        if let index = indices[text] { return index }
        let index = indices.count
        indices[text] = index
        let isPadded = text.first.map(\.isWhitespace) == true || text.last.map(\.isWhitespace) == true
        items.append(contentsOf: (isPadded ? "<si><t xml:space=\"preserve\">" : "<si><t>").utf8)
        XLSXPackage.appendEscaped(text, to: &items)
        items.append(contentsOf: "</t></si>".utf8)
        return index
    }

    func part() -> [UInt8] {
        var part = Array(XLSXPackage.sharedStringsStart(count: references, uniqueCount: indices.count).utf8)
        part.append(contentsOf: items)
        part.append(contentsOf: "</sst>".utf8)
        return part
    }
}
