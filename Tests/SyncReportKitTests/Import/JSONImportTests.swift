import Foundation
import Testing
@testable import SyncReportKit

@Suite struct JSONImportTests {
    private func importJSON(_ text: String, name: String = "p.json") throws(ImportError) -> ImportedTable {
        try JSONImport(options: ImportOptions()).run(Fixtures.input(name, text: text))
    }

    private func importFixture(_ name: String) throws -> ImportedTable {
        try JSONImport(options: ImportOptions()).run(try Fixtures.input("json/" + name))
    }

    private func utc(_ text: String) -> Date {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.date(from: text)!
    }

    private func isClose(_ date: Date?, _ text: String) -> Bool {
        guard let date else { return false }
        return abs(date.timeIntervalSince(utc(text))) < 0.000_5
    }

    // MARK: The exports

    @Test func aJobsPageIsRecognisedAndTyped() throws {
        let table = try importFixture("jobs-page.json")
        #expect(table.summary.table == .jobs)
        #expect(table.summary.format == "json")
        #expect(table.rejected.isEmpty)
        #expect(table.jobs.map(\.id?.value) == [
            "6f9619ff-8b86-d011-b42d-00c04fc964ff", "7a9619ff-8b86-d011-b42d-00c04fc964ff", "8b9619ff-8b86-d011-b42d-00c04fc964ff",
        ])
        #expect(table.jobs.map(\.direction) == [.toIntegrationTable, .fromIntegrationTable, .bidirectional])
        #expect(table.jobs.map(\.mapping) == ["CUSTOMER", "CONTACT", "CURRENCY"])
        #expect(table.jobs.map(\.type) == ["Synchronization", "Synchronization", "Coupling"])
        #expect(table.jobs[0].counts == JobCounts(inserted: 0, modified: 3, deleted: 0, unchanged: 40, skipped: 0, failed: 2))
        #expect(table.jobs[1].message == "The connection to Dataverse was lost.")
    }

    @Test func isoTimesKeepMillisecondsAndOffsetsAndTheEmptyDateTimeIsNil() throws {
        let jobs = try importFixture("jobs-page.json").jobs
        #expect(isClose(jobs[0].start, "2026-11-24T22:00:00.123Z"))
        #expect(isClose(jobs[0].finish, "2026-11-24T22:01:30.456Z"))
        #expect(jobs[1].finish == nil)
        #expect(isClose(jobs[2].start, "2026-11-25T00:00:00.500Z"))
    }

    @Test func anErrorsPageReadsTheFullMessageFromTheMessageControl() throws {
        let table = try importFixture("errors-page-1.json")
        #expect(table.summary.table == .errors)
        #expect(table.errors.map(\.no) == [1201, 1202])
        #expect(table.errors[0].jobID == GUID("6f9619ff-8b86-d011-b42d-00c04fc964ff"))
        #expect(table.errors[0].source == RecordID(table: "Customer", key: "C00110"))
        #expect(table.errors[0].message.hasSuffix("one or both values have changed since the last synchronization."))
        #expect(isClose(table.errors[0].loggedAt, "2026-11-24T22:00:12.345Z"))
        #expect(table.errors[1].source == RecordID(table: "Customer", key: "Müller"))
    }

    @Test func escapesInMessagesSurviveExactly() throws {
        let errors = try importFixture("errors-page-1.json").errors
        #expect(errors[1].message == "Currency \"EUR\" (€) must be coupled\nto a Dataverse Transactioncurrency record 💱")
        let table = try importJSON(#"[{"Date_Time": "", "Message": "\"q\" \\ \/ \b\f\n\r\t \u0041\u00e9\u20AC \uD83D\uDE00 end"}]"#)
        #expect(table.errors.map(\.message) == ["\"q\" \\ / \u{8}\u{C}\n\r\t Aé€ 😀 end"])
    }

    @Test func aPlainArrayOfCouplingsIsRecognisedAndTyped() throws {
        let table = try importFixture("couplings.json")
        #expect(table.summary.table == .couplings)
        #expect(table.rejected.isEmpty)
        let first = try #require(table.couplings.first)
        #expect(first.crmID == GUID("3f2504e0-4f89-11d3-9a0c-0305e82c3301"))
        #expect(first.tableID == 18)
        #expect(first.lastSynchResult == nil)
        #expect(first.lastSynchCRMResult == .success)
        #expect(first.lastSynchJobID == nil)
        #expect(first.lastSynchCRMJobID == GUID("7a9619ff-8b86-d011-b42d-00c04fc964ff"))
        #expect(isClose(first.lastSynchCRMModifiedOn, "2026-11-20T10:00:00.500Z"))
        #expect(table.couplings.map(\.isSkipped) == [false, true])
        #expect(table.couplings[1].lastSynchResult == .failure)
        #expect(table.couplings[1].lastSynchCRMResult == nil)
        #expect(table.couplings[1].lastSynchModifiedOn == nil)
    }

    @Test func pagesOfOneExportMergeThroughTheImporter() throws {
        let inputs = try ["jobs-page.json", "errors-page-1.json", "errors-page-2.json", "couplings.json"]
            .map { name throws in try Fixtures.input("json/" + name) }
        let dataset = try Importer().run(inputs)
        #expect(dataset.errors.map(\.no) == [1201, 1202, 1203])
        #expect(dataset.jobs.count == 3)
        #expect(dataset.couplings.count == 2)
        #expect(dataset.inputs.map(\.format) == ["json", "json", "json", "json"])
        #expect(dataset.rejected.isEmpty)
    }

    // MARK: Fields

    @Test func unknownFieldsAndAnnotationsAreIgnored() throws {
        let table = try importJSON(#"""
            [{"@odata.etag": "W/\"x\"", "No": 1, "Date_Time@odata.type": "#DateTimeOffset", "Date_Time": "2026-11-24T22:00:00Z",
              "Message": "m", "Colour": "blue", "@odata.id": {"nested": [1, 2]}}]
            """#)
        #expect(table.rejected.isEmpty)
        #expect(table.errors.map(\.message) == ["m"])
    }

    @Test func nullAndAMissingKeyAreEmptyFields() throws {
        let table = try importJSON(#"""
            [{"No": 1, "Integration_Synch_Job_ID": null, "Source_Record_ID": "Customer: 1", "Date_Time": "2026-11-24T22:00:00Z", "Message": "a"},
             {"No": 2, "Date_Time": null, "Message": "b"}]
            """#)
        #expect(table.rejected.isEmpty)
        #expect(table.errors.map(\.jobID) == [nil, nil])
        #expect(table.errors.map(\.source) == [RecordID(table: "Customer", key: "1"), nil])
        #expect(table.errors[1].loggedAt == nil)
    }

    @Test func numbersKeepTheirLiteralText() throws {
        let table = try importJSON(#"""
            [{"ID": "6f9619ff-8b86-d011-b42d-00c04fc964ff", "Start_Date_Time": "2026-11-24T22:00:00Z", "Inserted": 1e3},
             {"ID": "7a9619ff-8b86-d011-b42d-00c04fc964ff", "Start_Date_Time": "2026-11-24T22:00:00Z", "Inserted": 1000}]
            """#)
        #expect(table.rejected.map(\.reason) == ["Inserted: '1e3' is not a whole number"])
        #expect(table.jobs.map(\.counts.inserted) == [1000])
    }

    @Test func aMissingRequiredFieldIsAnInputErrorNamingTheFile() {
        #expect(throws: ImportError.missingColumn(file: "e.json", table: .errors, column: "Error Message")) {
            try importJSON(#"{"value": [{"No": 1, "Date_Time": "2026-11-24T22:00:00Z"}]}"#, name: "e.json")
        }
    }

    // MARK: Rows that cannot be used

    @Test func aRowThatIsNotAnObjectOrHoldsANestedValueIsRejectedWithItsPlace() throws {
        let table = try importJSON(
            """
            {"value": [
              {"No": 1, "Date_Time": "2026-11-24T22:00:00Z", "Message": "ok"},
              42,
              {"No": 3, "Date_Time": "2026-11-24T22:00:00Z", "Message": {"text": "nested"}},
              {"No": 4, "Date_Time": "2026-11-24T22:00:00Z", "Message": "also ok"}
            ]}
            """, name: "e.json")
        #expect(table.errors.map(\.no) == [1, 4])
        #expect(table.rejected == [
            RejectedRow(location: SourceLocation(file: "e.json", line: 3, column: 3), reason: "the row is a number, not an object of fields"),
            RejectedRow(
                location: SourceLocation(file: "e.json", line: 4, column: 61),
                reason: "'Message' holds an object; a field must be text, a number, true, false or null"),
        ])
        #expect(table.summary.rowsRead == 4)
        #expect(table.summary.rowsRead == table.summary.rowsUsed + table.summary.rowsRejected)
    }

    @Test func aKeyGivenTwiceRejectsTheRow() throws {
        let table = try importJSON(
            #"[{"No": 1, "Date_Time": "2026-11-24T22:00:00Z", "Message": "a", "No": 2}, {"No": 3, "Message": "b"}]"#, name: "e.json")
        #expect(table.errors.map(\.no) == [3])
        #expect(table.rejected == [RejectedRow(
            location: SourceLocation(file: "e.json", line: 1, column: 65), reason: "the key 'No' is given twice in the row")])
    }

    @Test func aBadValueIsRejectedAtTheValue() throws {
        let table = try importJSON("[\n {\"No\": 1,\n  \"Date_Time\": \"yesterday\", \"Message\": \"a\"}, {\"No\": 2, \"Message\": \"b\"}]", name: "e.json")
        #expect(table.rejected.map(\.location) == [SourceLocation(file: "e.json", line: 3, column: 16)])
    }

    // MARK: Files that are not a page

    @Test func anEmptyPageIsAnErrorAtItsArray() {
        #expect(throws: ImportError.emptyPage(file: "e.json", line: 1, column: 34)) {
            try importJSON(#"{"@odata.context": "x", "value": []}"#, name: "e.json")
        }
    }

    @Test func anODataErrorResponseSaysSo() {
        let reason = "this is an OData error response, not a page of rows: The server has rejected the client credentials."
        #expect(throws: ImportError.notAPage(file: "e.json", line: 1, column: 1, reason: reason)) {
            try importJSON(
                #"{"error": {"code": "Authentication_InvalidCredentials", "message": "The server has rejected the client credentials."}}"#,
                name: "e.json")
        }
    }

    /// An escaped message is decoded after the key was; both must read from the decoded text as it is then.
    @Test func anODataErrorMessageWithEscapesIsDecoded() {
        let reason = "this is an OData error response, not a page of rows: Company \"CRONUS\" does not exist."
        #expect(throws: ImportError.notAPage(file: "e.json", line: 1, column: 1, reason: reason)) {
            try importJSON(#"{"error": {"code": "Internal_CompanyNotFound", "m\u0065ssage": "Company \"CRONUS\" does not exist."}}"#, name: "e.json")
        }
    }

    @Test func anObjectWithoutRowsIsNotAPage() {
        #expect(throws: ImportError.notAPage(
            file: "e.json", line: 1, column: 11, reason: "'value' is a string, but it must be the array of rows")) {
            try importJSON(#"{"value": "rows"}"#, name: "e.json")
        }
    }

    // MARK: Malformed JSON

    struct Malformed: Sendable, CustomTestStringConvertible {
        let name: String
        let json: String
        let line: Int
        let column: Int
        let expected: String
        let found: String

        var testDescription: String { name }
    }

    static let malformed = [
        Malformed(
            name: "truncated", json: "{\"value\": [\n  {\"No\": 1,\n   \"Message\": \"x\"", line: 3, column: 18,
            expected: "',' or '}' after a value in a row", found: "the end of the file"),
        Malformed(
            name: "trailing comma in the rows", json: "[\n  {\"No\": 1},\n]", line: 3, column: 1,
            expected: "a value", found: "']'"),
        Malformed(
            name: "trailing comma in a row", json: #"[{"No": 1,}]"#, line: 1, column: 11,
            expected: "a key in double quotes", found: "'}'"),
        Malformed(
            name: "bad escape", json: #"[{"Message": "a\qb"}]"#, line: 1, column: 16,
            expected: #"an escape: \" \\ \/ \b \f \n \r \t or \uXXXX"#, found: #"'\q'"#),
        Malformed(
            name: "short unicode escape", json: #"[{"Message": "\u12G4"}]"#, line: 1, column: 15,
            expected: #"four hex digits after \u"#, found: #"'\u12G4'"#),
        Malformed(
            name: "unpaired surrogate", json: #"[{"Message": "\uD83D!"}]"#, line: 1, column: 15,
            expected: #"a low surrogate \uDC00-\uDFFF after the high surrogate"#, found: #"'\uD83D' followed by '!'"#),
        Malformed(
            name: "bare word", json: #"[{"No": hello}]"#, line: 1, column: 9, expected: "a value", found: "'hello'"),
        Malformed(
            name: "misspelt literal", json: #"[{"Skipped": tru}]"#, line: 1, column: 14, expected: "a value", found: "'tru'"),
        Malformed(
            name: "leading zero", json: #"[{"No": 01}]"#, line: 1, column: 9,
            expected: "a number like 42, -1.5 or 2e3", found: "'01'"),
        Malformed(
            name: "line break in a string", json: "[{\"Message\": \"a\nb\"}]", line: 1, column: 16,
            expected: "'\"' to close the string (a line break or control character in a string must be escaped)",
            found: "a line break"),
        Malformed(
            name: "missing colon", json: #"[{"No" 1}]"#, line: 1, column: 8, expected: "':' after the key", found: "'1'"),
        Malformed(
            name: "columns count characters", json: #"[{"Message": "é", "No": 1 2}]"#, line: 1, column: 27,
            expected: "',' or '}' after a value in a row", found: "'2'"),
        Malformed(
            name: "text after the page", json: "[{\"No\": 1}]\n]", line: 2, column: 1,
            expected: "the end of the file after the JSON value", found: "']'"),
        Malformed(
            name: "unclosed page object", json: #"{"value": [{"No": 1}] "x": 1}"#, line: 1, column: 23,
            expected: "',' or '}' after a value in the page object", found: "'\"'"),
    ]

    @Test(arguments: malformed)
    func malformedJSONIsAnErrorAtItsPlace(_ bad: Malformed) {
        #expect(throws: ImportError.malformedJSON(
            file: "bad.json", line: bad.line, column: bad.column, expected: bad.expected, found: bad.found)) {
            try importJSON(bad.json, name: "bad.json")
        }
    }

    @Test func theMessageNamesFileLineAndColumn() {
        do throws(ImportError) {
            _ = try importJSON("[{\"No\": }]", name: "x.json")
            Issue.record("the malformed page was read")
        } catch {
            #expect(error.description == "x.json:1:9: error: malformed JSON: expected a value, found '}'")
        }
    }

    // MARK: Encodings and readers

    @Test func aByteOrderMarkIsSkipped() throws {
        let plain = try Fixtures.input("json/couplings.json")
        let table = try JSONImport(options: ImportOptions()).run(InputFile(name: plain.name, bytes: [0xEF, 0xBB, 0xBF] + plain.bytes))
        #expect(table.couplings.count == 2)
        #expect(throws: ImportError.malformedJSON(file: "b.json", line: 1, column: 2, expected: "a value", found: "'}'")) {
            try JSONImport(options: ImportOptions()).run(InputFile(name: "b.json", bytes: [0xEF, 0xBB, 0xBF] + Array("[}".utf8)))
        }
    }

    @Test func aCopyOfTheReaderReplaysFromWhereItWasMade() throws {
        let table = try JSONPageParser(text: Array(#"[{"a": 1}, {"a": 2, "b": "x"}, {"b": "y"}]"#.utf8), file: "r.json").parse()
        var reader = JSONRowReader(table: table)
        var row = JSONRow()
        func rest(_ reader: inout JSONRowReader) -> [[String]] {
            var rows: [[String]] = []
            while reader.next(into: &row) { rows.append((0..<row.count).map { row.string($0) }) }
            return rows
        }
        let hasHeader = reader.next(into: &row)
        #expect(hasHeader)
        #expect((0..<row.count).map { row.string($0) } == ["a", "b"])
        var copy = reader
        #expect(rest(&reader) == [["1", ""], ["2", "x"], ["", "y"]])
        #expect(rest(&copy) == [["1", ""], ["2", "x"], ["", "y"]])
    }

    @Test func theImporterSendsJSONHere() throws {
        let dataset = try Importer().run([try Fixtures.input("json/couplings.json")])
        #expect(dataset.inputs.map(\.format) == ["json"])
    }

    // MARK: Robustness

    @Test func randomBytesNeverCrashTheReader() {
        var random = SplitMix64(seed: 0x5EED_1234)
        let alphabet = Array(#"{}[]":,\ tfrueanl0123456789-+.eEuD8dcb@"#.utf8) + [0x0A, 0xC3, 0xA9, 0x00]
        let openings = ["", "[", "{\"value\":[", "[{\"No\":", "{\"value\":[{\"Date_Time\":\"", "[{\"Message\":\"\\u"]
        for _ in 0..<4_000 {
            var bytes = Array(openings[Int(random.next() % UInt64(openings.count))].utf8)
            for _ in 0..<(random.next() % 48) {
                bytes.append(random.next() % 8 == 0
                    ? UInt8(truncatingIfNeeded: random.next())
                    : alphabet[Int(random.next() % UInt64(alphabet.count))])
            }
            expectReturnsOrThrowsImportError(bytes)
        }
    }

    @Test func everyTruncationAndRandomEditOfAValidPageIsHandled() throws {
        let valid = try Fixtures.input("json/errors-page-1.json").bytes
        for length in 0..<valid.count {
            expectReturnsOrThrowsImportError(Array(valid.prefix(length)))
        }
        var random = SplitMix64(seed: 42)
        let alphabet = Array(#"{}[]":,\ x0n"#.utf8)
        for _ in 0..<2_000 {
            var bytes = valid
            bytes[Int(random.next() % UInt64(bytes.count))] = alphabet[Int(random.next() % UInt64(alphabet.count))]
            expectReturnsOrThrowsImportError(bytes)
        }
    }

    @Test func deeplyNestedValuesDoNotOverflowTheStack() throws {
        let nested = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let table = try importJSON("[" + nested + #", {"No": 1, "Date_Time": "", "Message": "a"}]"#)
        #expect(table.rejected.map(\.reason) == ["the row is an array, not an object of fields"])
        #expect(table.errors.map(\.no) == [1])
    }

    private func expectReturnsOrThrowsImportError(_ bytes: [UInt8]) {
        do throws(ImportError) {
            let table = try JSONImport(options: ImportOptions()).run(InputFile(name: "f.json", bytes: bytes))
            #expect(table.summary.rowsRead == table.summary.rowsUsed + table.summary.rowsRejected)
        } catch {
            #expect(error.description.hasPrefix("f.json"))
        }
    }

    @Test func aPageOf200000RowsImports() throws {
        var text = #"{"@odata.context": "x", "value": ["#
        for no in 1...200_000 {
            if no > 1 { text += ",\n" }
            text += #"{"@odata.etag": "W/\"JzE4OzA7Jw==\"", "No": \#(no), "Integration_Synch_Job_ID": "6f9619ff-8b86-d011-b42d-00c04fc964ff", "#
            text += #""Date_Time": "2026-11-24T22:00:00.123Z", "Message": "Customer C\#(no) could not be synchronised."}"#
        }
        text += "]}"
        let table = try importJSON(text)
        #expect(table.summary.rowsUsed == 200_000)
        #expect(table.errors.last?.message == "Customer C200000 could not be synchronised.")
    }
}
