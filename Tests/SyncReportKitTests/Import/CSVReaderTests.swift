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
}
