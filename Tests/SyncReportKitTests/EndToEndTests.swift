import Foundation
import Testing
@testable import SyncReportKit

/// From a sample night to a validated, published folder, through every stage.
@Suite struct EndToEndTests {
    @Test func aSampleNightBecomesAValidatedReport() throws {
        let folder = try Fixtures.temporaryFolder()
        let out = folder.appendingPathComponent("Output")
        let report = try Generation.run(GenerateRequest(inputs: try Fixtures.sampleNight(in: folder), output: out))
        let totals = report.analysis.totals
        #expect(totals.jobs > 10)
        #expect(totals.errors >= 300)
        #expect(totals.failingRecords > 0)
        #expect(totals.rejectedRows == 0)
        #expect(report.analysis.byCause.allSatisfy { $0.errors > 0 }, "every cause appears in the sample")
        #expect(try Validator().run(folder: out).isEmpty)
        let index = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(index.contains("\(totals.errors)"))
        for record in report.analysis.records {
            let page = try String(contentsOf: out.appendingPathComponent(PageNames.recordPage(record.record.key)), encoding: .utf8)
            #expect(page.contains("<section id=\"\(PageNames.recordAnchor(record.record.key))\""))
        }
        #expect(report.analysis.records.contains { $0.errorIndices.count > 1 }, "records fail on more than one job")
    }

    @Test func eachNightIsComparedWithTheReportItReplaces() throws {
        let folder = try Fixtures.temporaryFolder()
        let out = folder.appendingPathComponent("Output")
        let first = try Generation.run(GenerateRequest(inputs: try Fixtures.sampleNight(in: folder, seed: 7, daysLater: 0), output: out))
        #expect(first.analysis.history.uncompared == .firstNight)
        #expect(try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8).contains("This is the first report"))
        #expect(try String(contentsOf: out.appendingPathComponent("data.json"), encoding: .utf8).contains(#""changes" : null"#))

        let second = try Generation.run(GenerateRequest(inputs: try Fixtures.sampleNight(in: folder, seed: 7, daysLater: 1), output: out)).analysis
        #expect(second.history.comparedWith == "2026-11-24")
        #expect(second.history.newCount == 0)
        #expect(second.history.stillFailingCount == first.analysis.totals.failingRecords)
        let still = try #require(second.history.failing.values.min { $0.key < $1.key })
        #expect((still.failingSince, still.nights) == ("2026-11-24", 2))
        let page = try String(contentsOf: out.appendingPathComponent(PageNames.recordPage(still.key)), encoding: .utf8)
        #expect(page.contains("Failing since 2026-11-24, 2 reports in a row."))

        let third = try Generation.run(GenerateRequest(inputs: try Fixtures.sampleNight(in: folder, seed: 8, daysLater: 2), output: out)).analysis
        let history = third.history
        #expect(history.stillFailingCount + history.fixed.count == second.totals.failingRecords)
        #expect(history.newCount + history.stillFailingCount == third.totals.failingRecords)
        #expect(history.newCount > 0 && history.fixed.count > 0)
        #expect(history.nights.map(\.night) == ["2026-11-24", "2026-11-25", "2026-11-26"])
        let data = try PreviousReport.load(folder: out.path)
        #expect(data?.comparedWith == "2026-11-25")
        #expect(data?.fixed.count == history.fixed.count)
        let fixed = try String(contentsOf: out.appendingPathComponent("changes/fixed.html"), encoding: .utf8)
        #expect(fixed.contains("Records 1–\(history.fixed.count) of \(history.fixed.count)."))
        let index = try String(contentsOf: out.appendingPathComponent(PageNames.index), encoding: .utf8)
        #expect(index.contains("<a href=\"changes/fixed.html\"><span class=\"value\">\(history.fixed.count)</span> <span class=\"label\">Fixed</span></a>"))
        #expect(try Validator().run(folder: out).isEmpty)
    }

    /// A run killed between its two fallback renames leaves the report beside the folder: the next run puts it
    /// back before reading it, so the history goes on.
    @Test func aReportLeftBesideTheFolderByAKilledRunIsStillComparedWith() throws {
        let folder = try Fixtures.temporaryFolder()
        let out = folder.appendingPathComponent("Output")
        _ = try Generation.run(GenerateRequest(inputs: try Fixtures.sampleNight(in: folder), output: out))
        try FileManager.default.moveItem(at: out, to: folder.appendingPathComponent(".Output.previous"))
        let next = try Generation.run(GenerateRequest(inputs: try Fixtures.sampleNight(in: folder, daysLater: 1), output: out))
        #expect(next.analysis.history.comparedWith == "2026-11-24")
    }

    @Test func theSameInputGivesByteIdenticalOutput() throws {
        let folder = try Fixtures.temporaryFolder()
        let inputs = try Fixtures.sampleNight(in: folder)
        let first = folder.appendingPathComponent("a")
        let second = folder.appendingPathComponent("b")
        _ = try Generation.run(GenerateRequest(inputs: inputs, output: first))
        _ = try Generation.run(GenerateRequest(inputs: inputs, output: second))
        #expect(try Site.read(from: first) == Site.read(from: second))
    }

    @Test func aFailingRunLeavesThePublishedReportUntouched() throws {
        let folder = try Fixtures.temporaryFolder()
        let out = folder.appendingPathComponent("Output")
        let inputs = try Fixtures.sampleNight(in: folder)
        _ = try Generation.run(GenerateRequest(inputs: inputs, output: out))
        let before = try Site.read(from: out)
        let broken = folder.appendingPathComponent("broken.csv")
        try Data("Name,City\nA,B\n".utf8).write(to: broken)
        #expect(throws: PipelineError.self) {
            try Generation.run(GenerateRequest(inputs: inputs + [broken.path], output: out))
        }
        let badTemplates = folder.appendingPathComponent("templates/report")
        try FileManager.default.createDirectory(at: badTemplates, withIntermediateDirectories: true)
        try Data("{{#open}}".utf8).write(to: badTemplates.appendingPathComponent("index.mustache"))
        #expect(throws: PipelineError.self) {
            try Generation.run(GenerateRequest(inputs: inputs, output: out, templates: badTemplates.deletingLastPathComponent()))
        }
        let invalidMarkup = folder.appendingPathComponent("markup/report")
        try FileManager.default.createDirectory(at: invalidMarkup, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: invalidMarkup.appendingPathComponent("rows"), withIntermediateDirectories: true)
        for name in ["index", "action", "actions", "errors", "error-group", "error-page", "record", "records", "job", "jobs", "rejected", "changes", "summary", "summary.txt",
                     "rows/error", "rows/record", "rows/job", "rows/records-row", "rows/jobs-row", "rows/changes-row"] {
            try Data("<p>unclosed".utf8).write(to: invalidMarkup.appendingPathComponent("\(name).mustache"))
        }
        do {
            _ = try Generation.run(GenerateRequest(inputs: inputs, output: out, templates: invalidMarkup.deletingLastPathComponent()))
            Issue.record("expected a validation error")
        } catch {
            guard case .validation(let validation) = error else { Issue.record("got \(error)"); return }
            #expect(validation.issues.first?.file == "actions/1.html", "the first page in path order")
            #expect(error.exitStatus == 4)
        }
        #expect(try Site.read(from: out) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [".Output.lock", "Output", "broken.csv", "couplings.csv", "errors.csv", "jobs.csv", "markup", "templates"])
    }
}
