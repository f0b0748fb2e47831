import Testing
@testable import SyncReportKit

/// What Excel and Business Central write: delimiters, encodings and line ends, in every combination.
@Suite struct CSVDialectTests {
    enum Encoding: String, CaseIterable, CustomTestStringConvertible {
        case utf8, utf8BOM, utf16LE, utf16BE

        var testDescription: String { rawValue }

        func encode(_ text: String) -> [UInt8] {
            switch self {
            case .utf8: Array(text.utf8)
            case .utf8BOM: [0xEF, 0xBB, 0xBF] + Array(text.utf8)
            case .utf16LE: [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
            case .utf16BE: [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
            }
        }
    }

    private static let rows = [
        ["No.", "Date/Time", "Error Message"],
        ["1", "2026-11-24 22:00:00", "Währung EUR, \"quoted\"; tab\there\nand a second line"],
        ["2", "2026-11-24 23:00:00", "Account does not exist."],
    ]

    private static func csv(_ delimiter: String, lineEnd: String) -> String {
        rows.map { row in
            row.map { field in
                field.contains(where: { "\",;\t\n\r".contains($0) }) ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
            }.joined(separator: delimiter)
        }.joined(separator: lineEnd) + lineEnd
    }

    @Test(arguments: [",", ";", "\t"], Encoding.allCases)
    func everyDelimiterAndEncodingReadsTheSameRows(delimiter: String, encoding: Encoding) throws {
        for lineEnd in ["\n", "\r\n"] {
            let input = InputFile(name: "e.csv", bytes: encoding.encode(Self.csv(delimiter, lineEnd: lineEnd)))
            let dataset = try Importer().run([input])
            #expect(dataset.rejected.isEmpty)
            #expect(dataset.errors.map(\.message) == [Self.rows[1][2], Self.rows[2][2]])
        }
    }

    @Test func aTrailingEmptyLineIsNotARow() throws {
        let dataset = try Importer().run([Fixtures.input("e.csv", text: "No.,Date/Time,Error Message\n1,2026-11-24,x\n\n")])
        #expect(dataset.inputs[0].rowsRead == 1)
    }

    @Test func invalidUTF8IsAnErrorAtTheByte() {
        let bytes = Array("No.,Date/Time,Error Message\n1,2026-11-24,caf".utf8) + [0xE9] + Array("\n".utf8)
        #expect(throws: ImportError.notText(
            file: "e.csv", line: 2, column: 17,
            reason: "byte 0xE9 is not UTF-8; save the export as CSV UTF-8 or Unicode text")) {
            try Importer().run([InputFile(name: "e.csv", bytes: bytes)])
        }
    }

    /// After a byte order mark, a bad byte is placed in the text, and a bad first line's column counts from it.
    @Test func invalidUTF8AfterAByteOrderMarkIsPlacedInTheText() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("No.,Date/Time,Error Message\n1,2026-11-24,caf".utf8) + [0xE9]
        #expect(throws: ImportError.notText(
            file: "e.csv", line: 2, column: 17,
            reason: "byte 0xE9 is not UTF-8; save the export as CSV UTF-8 or Unicode text")) {
            try Importer().run([InputFile(name: "e.csv", bytes: bytes)])
        }
        let first: [UInt8] = [0xEF, 0xBB, 0xBF, 0x61, 0xFF]
        #expect(throws: ImportError.notText(
            file: "e.csv", line: 1, column: 2,
            reason: "byte 0xFF is not UTF-8; save the export as CSV UTF-8 or Unicode text")) {
            try Importer().run([InputFile(name: "e.csv", bytes: first)])
        }
    }

    /// UTF-16 without its mark passes as UTF-8 (NUL is ASCII), to fail later as rows of one field each; it is
    /// named as what it is instead, for CSV and JSON alike.
    @Test(arguments: [("e.csv", Encoding.utf16LE, "LE"), ("e.csv", .utf16BE, "BE"), ("e.json", .utf16LE, "LE")])
    func utf16WithoutAByteOrderMarkIsNamed(name: String, encoding: Encoding, order: String) {
        let bytes = Array(encoding.encode(Self.csv(",", lineEnd: "\n")).dropFirst(2))
        #expect(throws: ImportError.notText(
            file: name, line: 1, column: 1,
            reason: "the text looks like UTF-16 \(order) without a byte order mark (every other byte is 0); save the export as CSV UTF-8 or Unicode text")) {
            try Importer().run([InputFile(name: name, bytes: bytes)])
        }
    }

    @Test(arguments: [
        ([0xC0, 0x80] as [UInt8], 0), ([0xED, 0xA0, 0x80], 0), ([0x61, 0xF5, 0x80, 0x80, 0x80], 1),
        ([0x61, 0xE2, 0x82], 1), ([0xE2, 0x82, 0xAC, 0xF0, 0x9F, 0x98, 0x80], nil),
    ])
    func utf8ValidationFindsTheFirstBadByte(bytes: [UInt8], offset: Int?) {
        #expect(TextDecoding.firstInvalidUTF8(bytes) == offset)
    }
}

@Suite struct TextPlaceTests {
    @Test(arguments: ["\n", "\r\n", "\r"])
    func aBadByteIsPlacedLikeTheReaderCountsLines(lineEnd: String) {
        let bytes = Array("No.,Date/Time,Error Message\(lineEnd)1,2026-11-24,caf".utf8) + [0xE9]
        #expect(TextDecoding.place(of: bytes.count - 1, in: bytes) == (2, 17))
    }
}
