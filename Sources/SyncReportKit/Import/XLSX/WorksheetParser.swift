/// Reads a worksheet part into a `SheetTable`: each cell's value as the text a CSV export would hold.
///
/// Shared strings are looked up, booleans become `true`/`false`, error cells keep their text (`#N/A`),
/// numbers in a date style become local ISO date-times, and whole numbers lose any `.0` or exponent.
struct WorksheetParser {
    let strings: SharedStrings
    let dates: DateStyles
    let isDate1904: Bool
    /// How much text the sheet may hold once shared strings are copied in: a small part can repeat a long one.
    let textLimit: Int

    func read(_ data: [UInt8], file: String, part: String) throws(ImportError) -> SheetTable {
        let reader = try PartReader(data, file: file, part: part)
        var sheet = SheetTable()
        var isInSheetData = false
        var rowNumber = 0
        var column = 0
        var cell: (type: String, style: Int, start: Int)?
        var isInValue = false
        var value: [UInt8] = []
        while let node = try reader.next() {
            switch node {
            case .element:
                switch reader.name {
                case "sheetData":
                    isInSheetData = !reader.isEmptyElement
                case "row" where isInSheetData:
                    let number = reader.attribute("r").flatMap(Int.init) ?? rowNumber + 1
                    guard number > rowNumber, number <= CellReference.rows else {
                        throw reader.failure("row \(number) comes after row \(rowNumber); rows must ascend")
                    }
                    rowNumber = number
                    column = 0
                case "c" where isInSheetData:
                    let place = try Self.place(of: reader, row: rowNumber, after: column)
                    column = place.column
                    cell = (reader.attribute("t") ?? "n", reader.attribute("s").flatMap(Int.init) ?? 0, sheet.text.count)
                    value.removeAll(keepingCapacity: true)
                    if reader.isEmptyElement { cell = nil }
                case "v" where cell != nil:
                    isInValue = !reader.isEmptyElement
                case "is" where cell != nil:
                    try RichText.append(itemAt: reader, to: &sheet.text)
                default:
                    break
                }
            case .text where isInValue:
                reader.appendText(to: &value)
            case .endElement:
                switch reader.name {
                case "v":
                    isInValue = false
                case "c":
                    if let current = cell {
                        try finish(current, value: value, in: &sheet, row: rowNumber, column: column, reader: reader)
                    }
                    cell = nil
                case "sheetData":
                    isInSheetData = false
                default:
                    break
                }
            default:
                break
            }
        }
        return sheet
    }

    private static func place(of reader: PartReader, row: Int, after column: Int) throws(ImportError) -> CellReference {
        guard let reference = reader.attribute("r") else {
            guard column < CellReference.columns else { throw reader.failure("row \(row) has more cells than a sheet has columns") }
            return CellReference(column: column + 1, row: row)
        }
        guard let place = CellReference(reference) else { throw reader.failure("'\(reference)' is not a cell reference") }
        guard place.row == row else { throw reader.failure("cell \(reference) is inside row \(row)") }
        guard place.column > column else { throw reader.failure("cell \(reference) comes after column \(column); cells must ascend") }
        return place
    }

    private func finish(
        _ cell: (type: String, style: Int, start: Int), value: [UInt8], in sheet: inout SheetTable,
        row: Int, column: Int, reader: PartReader
    ) throws(ImportError) {
        switch cell.type {
        case "s":
            guard !value.isEmpty else { break }
            guard let index = Self.index(value), let string = strings[index] else {
                throw reader.failure("the cell refers to shared string \(String(decoding: value, as: UTF8.self)), which the workbook does not have")
            }
            sheet.text.append(contentsOf: string)
        case "b":
            switch value {
            case [UInt8(ascii: "1")]: sheet.text.append(contentsOf: "true".utf8)
            case [UInt8(ascii: "0")]: sheet.text.append(contentsOf: "false".utf8)
            default: sheet.text.append(contentsOf: value)
            }
        case "str", "inlineStr":
            // An inline string's `<is>` text is in already, decoded; a `<v>` is a formula's string result.
            let start = sheet.text.count
            sheet.text.append(contentsOf: value)
            EscapedCharacters.decode(&sheet.text, from: start)
        case "e", "d":
            sheet.text.append(contentsOf: value)
        default:
            guard !value.isEmpty else { break }
            if dates.contains(cell.style), let serial = Double(String(decoding: value, as: UTF8.self)),
               ExcelSerialDate.append(serial, is1904: isDate1904, to: &sheet.text) {
                break
            }
            NumberText.append(value[...], to: &sheet.text)
        }
        guard sheet.text.count > cell.start else { return }
        guard sheet.text.count <= textLimit else {
            throw .workbookTooLarge(file: reader.file, part: "the text of \(reader.part)", limit: textLimit)
        }
        if sheet.rows.last?.number != row {
            sheet.rows.append(SheetTable.Row(number: row, firstCell: sheet.cells.count))
        }
        sheet.cells.append(SheetTable.Cell(end: UInt32(sheet.text.count), column: UInt32(column)))
    }

    private static func index(_ digits: [UInt8]) -> Int? {
        guard digits.count <= 10 else { return nil }
        var value = 0
        for byte in digits {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }
}
