import Testing
@testable import SyncReportKit

@Suite struct CSVReaderTests {
    private func read(_ text: String) -> [CSVRecord] {
        var reader = CSVReader(bytes: Array(text.utf8))
        var record = CSVRecord()
        var records: [CSVRecord] = []
        while reader.next(into: &record) { records.append(record) }
        return records
    }

    private func records(_ text: String) -> [[String]] {
        read(text).map { record in (0..<record.count).map { record.string($0) } }
    }

    @Test func readsPlainFieldsWithLFAndCRLF() {
        #expect(records("a,b\nc,d\n") == [["a", "b"], ["c", "d"]])
        #expect(records("a,b\r\nc,d\r\n") == [["a", "b"], ["c", "d"]])
        #expect(records("a,b\r\nc,d") == [["a", "b"], ["c", "d"]])
    }

    @Test func quotedFieldsKeepCommasQuotesAndLineBreaks() {
        #expect(records("\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\n") == [["x, y", "say \"hi\"", "two\nlines"]])
    }

    @Test func emptyFieldsAreKept() {
        #expect(records(",,\n") == [["", "", ""]])
    }

    @Test func fieldsAfterAQuotedLineBreakKnowTheirLineAndColumn() {
        let record = read("h\n\"a\nb\",céz,x\n")[1]
        #expect(record.line == 2)
        #expect(record.line(1) == 3)
        #expect(record.column(1) == 4)
        #expect(record.column(2) == 8)
    }

    @Test func anUnclosedQuoteIsAProblemAtTheQuote() {
        #expect(read("a,\"open\nmore")[0].problem == RowProblem(line: 1, column: 3, reason: "quoted field is not closed before the end of the file"))
    }

    @Test func textAfterAClosingQuoteIsAProblem() {
        #expect(read("\"a\"b,c\n")[0].problem?.column == 4)
    }

    /// Every record with its fields, its line, and each field's line and column.
    private func described(_ reader: CSVReader) -> [String] {
        var reader = reader
        var record = CSVRecord()
        var described: [String] = []
        while reader.next(into: &record) {
            let fields = (0..<record.count).map { "\(record.string($0))@\(record.line($0)):\(record.column($0))" }
            described.append("\(record.line) \(fields) \(String(describing: record.problem))")
        }
        return described
    }

    @Test func partsReadTheSameRecordsAtTheSameLinesAsOneReader() {
        // Quoted line breaks (LF, CRLF, lone CR), doubled quotes and a bad field, so that some part boundaries
        // fall where a line break inside a quote would be a wrong place to split.
        var text = "Key,Message,When\r\n"
        for row in 0..<300 {
            switch row % 4 {
            case 0: text += "K\(row),\"two\nlines, \"\"quoted\"\"\",2026-11-25\r\n"
            case 1: text += "K\(row),\"cr\rand\r\ncrlf\",2026-11-26\n"
            case 2: text += "K\(row),\"a\"b,x\n"
            default: text += "K\(row),plain é,2026-11-27\r"
            }
        }
        let whole = CSVReader(bytes: Array(text.utf8))
        let expected = described(whole)
        for count in [1, 2, 3, 7, 64] {
            let parts = whole.parts(count, minimumBytes: 1)
            #expect(parts.count == count)
            #expect(parts.flatMap(described) == expected, "split into \(count) parts")
        }
        #expect(whole.parts(8, minimumBytes: text.utf8.count / 2).count == 2)
    }
}
