import Foundation
import Testing
@testable import SyncReportKit

/// Every count is defined once and says the same wherever it is shown: the index's tiles and tables, the
/// lists, the email and data.json, on several nights, the second of each compared with the first.
@Suite struct NumbersTests {
    /// The published folder's files as text.
    private struct Published {
        let folder: URL

        func text(_ path: String) throws -> String {
            try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
        }

        /// Every whole match of `pattern` in the page at `path`, as the captured numbers.
        func numbers(_ path: String, _ pattern: String) throws -> [Int] {
            let regex = try Regex(pattern)
            return try text(path).matches(of: regex).compactMap { match in match.output[1].substring.flatMap { Int($0) } }
        }
    }

    @Test(arguments: [1, 7, 42] as [UInt64])
    func everyPlaceShowsTheSameCounts(seed: UInt64) throws {
        let folder = try Fixtures.temporaryFolder()
        let out = folder.appendingPathComponent("Output")
        _ = try Generation.run(GenerateRequest(inputs: try Fixtures.sampleNight(in: folder, seed: seed), output: out))
        let report = try Generation.run(GenerateRequest(inputs: try Fixtures.sampleNight(in: folder, seed: seed + 1, daysLater: 1), output: out))
        let analysis = report.analysis
        let site = Published(folder: out)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("data.json"))) as? [String: Any])
        let totals = try #require(json["totals"] as? [String: Int])

        // The tiles, the email's facts and data.json's totals.
        func tile(_ label: String) throws -> Int? {
            try site.numbers("index.html", #"<span class="value">(\d+)</span> <span class="label">"# + label + "</span>").first
        }
        func fact(_ label: String) throws -> Int? {
            try site.numbers("summary.html", label + #"</th><td[^>]*>(\d+)</td>"#).first
        }
        #expect(try tile("Errors") == totals["errors"])
        #expect(try fact("Errors tonight") == totals["errors"])
        #expect(try tile("Failing records") == totals["failingRecords"])
        #expect(try fact("Records failing") == totals["failingRecords"])
        #expect(try tile("Jobs run") == totals["jobs"])
        #expect(try fact("Jobs run") == totals["jobs"])
        #expect(try tile("Rejected rows") == totals["rejectedRows"])
        #expect(try site.numbers("errors.html", #"<p class="lead">(\d+) errors"#) == [totals["errors"]!])

        // Causes: the index's table, data.json, each cause's page; they add up to the total.
        let byCause = try #require(json["byCause"] as? [String: Int])
        #expect(byCause.values.reduce(0, +) == totals["errors"])
        for count in analysis.byCause where count.errors > 0 {
            let id = count.cause.rawValue
            #expect(try site.numbers("index.html", #"href="errors/cause-"# + id + #"\.html">[^<]*</a></th><td class="num"[^>]*>(\d+)</td>"#) == [byCause[id]!])
            #expect(try site.numbers("errors/cause-\(id).html", #"<p class="lead">(\d+) errors? in"#) == [byCause[id]!])
        }
        // Mappings likewise.
        let byMapping = try #require(json["byMapping"] as? [String: Int])
        #expect(byMapping.values.reduce(0, +) == totals["errors"])
        for count in analysis.byMapping {
            let page = Pagination.firstPage(PageNames.errors(mapping: count.mapping))
            #expect(try site.numbers(page, #"<p class="lead">(\d+) errors? in"#) == [byMapping[count.mapping]!])
        }

        // The records list says how its records relate to the failing ones.
        #expect(try site.numbers("records.html", #"(\d+) records? had errors tonight"#).first == analysis.records.count)
        #expect(try site.numbers("records.html", #"had errors tonight: (\d+) still failing"#).first == totals["failingRecords"])

        // An action never claims more errors of its cause than the cause has, and every failing record is behind one.
        for cause in Cause.allCases {
            let claimed = analysis.actions.filter { $0.cause == cause }.reduce(0) { $0 + $1.errors }
            #expect(claimed <= byCause[cause.rawValue] ?? 0, "\(cause)")
        }
        #expect(Set(analysis.actions.flatMap(\.records)).count == totals["failingRecords"])

        // Tonight against the previous report: the email, the index and data.json agree.
        let changes = try #require(json["changes"] as? [String: Any])
        #expect(try fact("New since the previous report") == changes["new"] as? Int)
        #expect(try fact("Fixed") == changes["fixed"] as? Int)
        #expect(try fact("Still failing") == changes["stillFailing"] as? Int)
        #expect((changes["new"] as? Int ?? -1) + (changes["stillFailing"] as? Int ?? -1) == totals["failingRecords"])
    }
}
