/// Which cell styles show a number as a date or time, from `xl/styles.xml`: a cell's `s` attribute is an
/// index into `<cellXfs>`, whose `numFmtId` is a built-in format or one of the workbook's `<numFmts>`.
struct DateStyles {
    private var isDate: [Bool] = []

    func contains(_ style: Int) -> Bool {
        isDate.indices.contains(style) && isDate[style]
    }

    static func read(_ data: [UInt8], file: String, part: String) throws(ImportError) -> DateStyles {
        let reader = try PartReader(data, file: file, part: part)
        var codes: [Int: String] = [:]
        var formatIDs: [Int] = []
        // `numFmt` and `xf` also occur in other lists (`dxfs`, `cellStyleXfs`); only these two count.
        var list: String?
        while let node = try reader.next() {
            switch node {
            case .element:
                let name = reader.name
                switch (name, list) {
                case ("numFmts", _), ("cellXfs", _):
                    list = reader.isEmptyElement ? nil : name
                case ("numFmt", "numFmts"):
                    if let id = reader.attribute("numFmtId").flatMap(Int.init) { codes[id] = reader.attribute("formatCode") ?? "" }
                case ("xf", "cellXfs"):
                    formatIDs.append(reader.attribute("numFmtId").flatMap(Int.init) ?? 0)
                default:
                    break
                }
            case .endElement where reader.name == list:
                list = nil
            default:
                break
            }
        }
        var styles = DateStyles()
        styles.isDate = formatIDs.map { id in codes[id].map(isDateFormat) ?? builtInDateFormats.contains(id) }
        return styles
    }

    /// ECMA-376 Part 1, 18.8.30: 14–22 and 45–47 are dates and times in every locale; 27–36 and 50–58
    /// are the East Asian date formats.
    static let builtInDateFormats: Set<Int> = Set(14...22).union(45...47).union(27...36).union(50...58)

    /// Whether a format code shows a date or time: it has a d, m, y, h or s token outside quoted text,
    /// escaped characters and brackets (`[Red]`, `[$-409]`), except the elapsed-time brackets `[h]`, `[mm]`, `[ss]`.
    static func isDateFormat(_ code: String) -> Bool {
        var characters = code.lowercased().makeIterator()
        while let character = characters.next() {
            switch character {
            case "\"":
                while let next = characters.next(), next != "\"" {}
            case "\\", "_", "*":
                _ = characters.next()
            case "[":
                var inside = ""
                while let next = characters.next(), next != "]" { inside.append(next) }
                if !inside.isEmpty, inside.allSatisfy({ "hms".contains($0) }) { return true }
            case "d", "m", "y", "h", "s":
                return true
            default:
                continue
            }
        }
        return false
    }
}
