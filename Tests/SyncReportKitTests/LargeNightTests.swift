import Foundation
import Testing
@testable import SyncReportKit

/// A large night stays a report people can open: every page is bounded whatever the night's size, the files
/// grow far slower than the errors, and every link of every page resolves.
@Suite struct LargeNightTests {
    @Test func aNightOfTwentyThousandErrorsHasBoundedPagesAndNoBrokenLink() throws {
        let folder = try Fixtures.temporaryFolder()
        let inputs = SampleGenerator(seed: 11, errors: 20_000, couplings: 2_000, jobs: 400).files().map { InputFile(name: $0.name, bytes: $0.contents) }
        let out = folder.appendingPathComponent("Output")
        let report = try Generation.run(GenerateRequest(inputs: [], output: out), inputs: inputs)
        let analysis = report.analysis
        #expect(analysis.totals.errors >= 20_000)
        // A job's section is bounded however many errors it logged (a record's timeline: RendererTests).
        #expect(analysis.jobs.contains { $0.errorIndices.count > Renderer.errorsPerJob })

        #expect(try Validator().run(folder: out).isEmpty, "every page valid, every link and fragment resolves")
        let pages = report.files.filter { $0.path.hasSuffix(".html") }
        #expect(report.files.count < analysis.totals.errors / 5, "\(report.files.count) files for \(analysis.totals.errors) errors")
        #expect(pages.filter { $0.path.hasPrefix("records/") }.count <= 4_096)
        #expect(pages.filter { $0.path.hasPrefix("jobs/") }.count <= 4_096)
        let largest = try #require(pages.max { $0.size < $1.size })
        #expect(largest.size < 1_000_000, "\(largest.path) is \(largest.size) bytes")
        for page in pages {
            let text = try String(contentsOf: out.appendingPathComponent(page.path), encoding: .utf8)
            #expect(text.components(separatedBy: "<tr><td class=\"when\">").count - 1 <= RenderOptions.defaultPageSize, "\(page.path)")
        }
        let timelines = pages.filter { $0.path.hasPrefix("records/") }
        for page in timelines {
            let text = try String(contentsOf: out.appendingPathComponent(page.path), encoding: .utf8)
            for section in text.components(separatedBy: "<section id=\"r-").dropFirst() {
                #expect(section.components(separatedBy: "<li class=").count - 1 <= Renderer.eventsPerRecord, "\(page.path)")
            }
        }
    }
}
