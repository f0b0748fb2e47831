/// A cell's place as `r="C7"` writes it: column C is 3, row 7.
struct CellReference: Equatable {
    var column: Int
    var row: Int

    /// The largest sheet Excel makes: 16,384 columns (XFD) by 1,048,576 rows.
    static let columns = 16_384
    static let rows = 1_048_576

    init(column: Int, row: Int) {
        self.column = column
        self.row = row
    }

    /// Reads `C7`; `nil` for anything else, including places outside the largest sheet.
    init?(_ text: String) {
        var column = 0
        var row = 0
        var seenDigit = false
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z") where !seenDigit:
                column = column * 26 + Int(byte - UInt8(ascii: "A")) + 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                seenDigit = true
                row = row * 10 + Int(byte - UInt8(ascii: "0"))
            default:
                return nil
            }
            guard column <= Self.columns, row <= Self.rows else { return nil }
        }
        guard column > 0, row > 0 else { return nil }
        self.init(column: column, row: row)
    }
}
