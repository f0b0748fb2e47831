import Testing
@testable import SyncReportKit

/// A misspelt or renamed column is said, with the caption it most likely meant; a missing column says what it
/// costs; a column present under another of its names is never called missing.
@Suite struct HeaderWarningTests {
    private static let jobs = "ID,Start Date/Time,Finish Date/Time,Integration Table Mapping Name,Type,%@,Inserted,Modified,Deleted,Unchanged,Skipped,Failed,Message\n"

    private func summary(_ name: String, _ header: String) throws -> InputSummary {
        try Importer().run([Fixtures.input(name, text: header)]).inputs[0]
    }

    @Test(arguments: ["Synch. Direction", "Direction", "Synch_Direction"])
    func eitherDirectionColumnIsEnough(direction: String) throws {
        let input = try summary("jobs.csv", Self.jobs.replacingOccurrences(of: "%@", with: direction))
        #expect(input.absentColumns == [])
        #expect(input.unreadColumns == [])
    }

    @Test func aMisspeltCaptionIsNamedWithWhatItMeant() throws {
        let input = try summary("jobs.csv", Self.jobs.replacingOccurrences(of: "%@", with: "Synch Direktion"))
        #expect(input.unreadColumns == [
            UnreadColumn(name: "Synch Direktion", location: SourceLocation(file: "jobs.csv", line: 1, column: 73), closest: "Synch. Direction"),
        ])
        #expect(input.absentColumns == ["Synch. Direction", "Direction"])
        let notes = Availability.notes(for: try Importer().run([Fixtures.input("jobs.csv", text: Self.jobs.replacingOccurrences(of: "%@", with: "Synch Direktion"))]))
        #expect(notes == [
            "jobs.csv has no Synch. Direction or Direction column: the direction of each job's errors is unknown, so a record's two directions cannot be told apart.",
            "jobs.csv:1:73: the column 'Synch Direktion' is not one syncreport reads, so its data is left out; did you mean 'Synch. Direction'?",
        ])
    }

    @Test func columnsBusinessCentralAddsAreNoWarningAndStrangersGetNoGuess() throws {
        let input = try summary(
            "errors.csv", "No.,Integration Synch. Job ID,Source Record ID,Destination Record ID,Date/Time,Error Message,Exception Detail,SystemId,@odata.etag,Remarks\n")
        #expect(input.unreadColumns.map(\.name) == ["Remarks"])
        #expect(input.unreadColumns[0].closest == nil)
        #expect(input.absentColumns == [], "the full Error Message makes the short Message unneeded")
    }

    @Test func page5339sMessageControlIsTheFullErrorMessage() throws {
        let long = String(repeating: "The Customer record cannot be found. ", count: 10)
        let dataset = try Importer().run([Fixtures.input(
            "errors.json", text: #"{"value":[{"No":1,"Date_Time":"2026-11-24T22:00:00Z","Message":"\#(long)","HelpLink":"","Source":"View","Destination":""}]}"#)])
        #expect(dataset.errors[0].message == long)
        #expect(dataset.inputs[0].absentColumns.contains("Error Message") == false, "the page's Message is the whole text")
        #expect(!Availability.notes(for: dataset).contains { $0.contains("250-character") })
    }

    @Test func aMisspeltErrorMessageSaysMessagesAreCut() throws {
        let dataset = try Importer().run([Fixtures.input(
            "errors.csv", text: "No.,Source Record ID,Date/Time,Message,Error Mesage\n1,Customer: C1,2026-11-24 22:00,short,the whole text\n")])
        #expect(dataset.errors[0].message == "short")
        let notes = Availability.notes(for: dataset)
        #expect(notes.contains("errors.csv has no Error Message column: messages are the 250-character Message field, so long messages are cut and may not be classified."))
        #expect(notes.contains("errors.csv:1:40: the column 'Error Mesage' is not one syncreport reads, so its data is left out; did you mean 'Error Message'?"))
    }

    @Test(arguments: [("Synch Direktion", "Synch. Direction"), ("Error Mesage", "Error Message"), ("Src", nil), ("Faild", "Failed")] as [(String, String?)])
    func theNearestCaptionIsAGuessOnlyWhenClose(name: String, expected: String?) {
        let captions = (TableSchema.jobs.columns + TableSchema.errors.columns).map(\.caption)
        #expect(HeaderName.closest(to: name, among: captions) == expected)
    }
}
