import Foundation
import Testing
@testable import SyncReportKit

/// The previous report is read back from the data.json this tool publishes, and a broken one is named exactly.
@Suite struct PreviousReportTests {
    private func parse(_ text: String) throws(ImportError) -> PreviousReport {
        try PreviousReportParser(bytes: Array(text.utf8), file: "Output/data.json").parse()
    }

    @Test func whatDataJSONSaysIsReadBack() throws {
        let night = Stages.classifier.run(try Importer().run(try Stages.fixtureNight()))
        let failing = try #require(Analyser().run(night).records.first { $0.isFailing }).record.key
        let before = PreviousReport(
            file: "old/data.json", night: "2026-11-23", wasCompared: true, comparedWith: "2026-11-22",
            history: [NightTotals(night: "2026-11-23", errors: 9, failingRecords: 3)],
            failing: [TrackedRecord(key: failing, name: "x", failingSince: "2026-11-01", nights: 7, status: .stillFailing),
                      TrackedRecord(key: "Customer: GONE", name: "Customer GONE \"q\"", failingSince: nil, nights: 2, status: .new)],
            fixed: [])
        let analysis = Analyser().run(night, previous: before)
        let data = try #require(try Stages.renderer.run(analysis).files.first { $0.path == PageNames.data })
        let read = try PreviousReportParser(bytes: data.bytes, file: "data.json").parse()
        #expect(read.night == analysis.date)
        #expect(read.wasCompared && read.comparedWith == "2026-11-23")
        #expect(read.history == analysis.history.nights)
        #expect(read.failing == analysis.history.failing.values.sorted { $0.key < $1.key })
        #expect(read.fixed == analysis.history.fixed.map { var record = $0; record.status = nil; return record })
        #expect(read.fixed.map(\.name) == ["Customer GONE \"q\""])
    }

    @Test func aFirstNightsReportReadsAsUncompared() throws {
        let report = try parse(#"{"schemaVersion": 1, "changes": null, "night": null, "records": [], "fixed": [], "history": [], "errors": [{"record": "x"}]}"#)
        #expect(!report.wasCompared && report.comparedWith == nil)
        #expect(report.failing == [])
    }

    @Test func anOlderReportWithoutRecordsIsKnownAsSuch() throws {
        let report = try parse(#"{"schemaVersion": 1, "history": [{"night": "2026-11-23", "errors": 1, "failingRecords": 1}]}"#)
        #expect(report.failing == nil)
        #expect(report.history.count == 1)
    }

    @Test(arguments: [
        ("{\"schemaVersion\": 1,\n \"night\": 5}", 2, 11, "a string"),
        ("{\"schemaVersion\": 1,\n \"history\": [{\"night\": \"2026-11-01\" \"errors\": 1}]}", 2, 37, "','"),
        ("{\"schemaVersion\": 2}", 1, 19, "schema version 2"),
        ("{\"night\": null}", 1, 1, "no schemaVersion"),
        ("{\"schemaVersion\": 1, \"records\": [{\"record\": \"a\", \"nights\": 0}]}", 1, 60, "0 is not between 1 and 100000"),
        ("{\"schemaVersion\": 1, \"records\": [{\"record\": \"a\", \"nights\": 9223372036854775807}]}", 1, 60, "not between 1 and 100000"),
        ("{\"schemaVersion\": 1, \"history\": [{\"night\": \"<x>\", \"errors\": 1, \"failingRecords\": 0}]}", 1, 44, "'<x>' is not a night's date"),
        ("{\"schemaVersion\": 1, \"history\": [{\"night\": \"2026-11-24\", \"errors\": -1, \"failingRecords\": 0}]}", 1, 68, "-1 is not between 0"),
        ("{\"schemaVersion\": 1, \"changes\": 3}", 1, 33, "an object or null"),
        ("[1, 2]", 1, 1, "a report object"),
        ("{\"schemaVersion\": 1} x", 1, 22, "the end of the file"),
    ])
    func aBrokenReportIsNamedAtItsLineAndColumn(text: String, line: Int, column: Int, words: String) {
        do {
            _ = try parse(text)
            Issue.record("\(text) was read")
        } catch {
            #expect(error.description.hasPrefix("Output/data.json:\(line):\(column): error:"), "\(error.description)")
            #expect(error.description.contains(words), "\(error.description)")
        }
    }
}
