import PropertyBased
import Testing
@testable import SyncReportKit

/// Any table, written in any dialect Excel uses, reads back field for field.
@Suite struct CSVRoundTripTests {
    private static let characters: [Character] = [
        "a", "Z", "0", " ", ",", ";", "\t", "\"", "\n", "\r\n", "'", "é", "€", "😀", "\\", "=",
    ]
    private static let field = Gen.element(of: characters).map { $0 ?? "a" }.string(of: 0...12)
    private static let table = field.array(of: 3).array(of: 1...6)

    private static func encode(_ rows: [[String]], delimiter: Character, lineEnd: String) -> String {
        let header = ["No.", "Date/Time", "Error Message"]
        return ([header] + rows).map { row in
            row.map { value in
                value.contains(where: { $0 == delimiter || $0 == "\"" || $0.isNewline })
                    ? "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
                    : value
            }.joined(separator: String(delimiter))
        }.joined(separator: lineEnd) + lineEnd
    }

    private static func decode(_ bytes: [UInt8]) throws -> [[String]] {
        let text = try TextDecoding.utf8(bytes, file: "t.csv")
        var reader = CSVReader(bytes: text.bytes, delimiter: CSVImport.delimiter(of: text.bytes[text.start...]), start: text.start)
        var record = CSVRecord()
        var rows: [[String]] = []
        while reader.next(into: &record) {
            #expect(record.problem == nil)
            rows.append((0..<record.count).map { record.string($0) })
        }
        return Array(rows.dropFirst())
    }

    @Test func everyDialectRoundTrips() async {
        await propertyCheck(
            count: 300, input: Self.table, Gen.element(of: [",", ";", "\t"] as [Character]),
            Gen.element(of: CSVDialectTests.Encoding.allCases), Gen.bool
        ) { rows, delimiter, encoding, crlf in
            let text = Self.encode(rows, delimiter: delimiter ?? ",", lineEnd: crlf ? "\r\n" : "\n")
            let decoded = try? Self.decode((encoding ?? .utf8).encode(text))
            #expect(decoded == rows)
        }
    }

    @Test func everyRowIsUsedOrRejectedWhateverTheBytes() async {
        let noise = Gen.element(of: Array("1,;\"\n\r x2026-11-24".utf8)).map { $0 ?? 0x20 }.array(of: 0...80)
        await propertyCheck(count: 300, input: noise) { tail in
            let bytes = Array("No.,Date/Time,Error Message\n1,2026-11-24,ok\n".utf8) + tail
            guard let dataset = try? Importer().run([InputFile(name: "n.csv", bytes: bytes)]) else { return }
            for input in dataset.inputs {
                #expect(input.rowsRead == input.rowsUsed + input.rowsRejected)
            }
        }
    }
}
