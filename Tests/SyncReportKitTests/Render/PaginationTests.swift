import Foundation
import Testing
@testable import SyncReportKit

/// Long lists are split into pages whose addresses depend only on the list and the page number.
@Suite struct PaginationTests {
    private let format = Formatter(timeZone: .gmt)

    @Test func pagesHaveStableAddressesAndCoverEveryRowOnce() {
        let pagination = Pagination(base: "errors/cause-conflict", count: 401, size: 200)
        #expect(pagination.pageCount == 3)
        #expect(pagination.pages.map(pagination.path) == [
            "errors/cause-conflict.html", "errors/cause-conflict-2.html", "errors/cause-conflict-3.html",
        ])
        #expect(pagination.pages.map(pagination.rows) == [0..<200, 200..<400, 400..<401])
        #expect(Pagination(base: "x", count: 0, size: 200).pageCount == 1, "an empty list still has its page")
    }

    @Test func thePagerLinksTheEndsAndTheNeighboursAndMarksTheGaps() {
        let pager = Pagination(base: "errors/cause-conflict", count: 2_000, size: 100).pager(10, format: format)
        #expect(pager.summary == "901–1000 of 2000")
        #expect(pager.pages.map(\.label) == ["1", "8", "9", "10", "11", "12", "20"])
        #expect(pager.pages.map(\.isAfterGap) == [false, true, false, false, false, false, true])
        #expect(pager.pages.first { $0.isCurrent }?.href == "cause-conflict-10.html")
        #expect(pager.previous.map(\.href) == ["cause-conflict-9.html"])
        #expect(pager.next.map(\.href) == ["cause-conflict-11.html"])
        let first = Pagination(base: "records", count: 3, size: 200).pager(1, format: format)
        #expect(!first.hasPages && first.previous.isEmpty && first.next.isEmpty)
    }

    @Test func everyErrorIsOnOneListPageReachedFromItsCauseAndFromItsMapping() throws {
        let analysis = try Stages.analysis(Stages.fixtureNight())
        var options = Stages.renderer.options
        options.pageSize = 1
        let site = try Validator().run(try Renderer(options: options).run(analysis))
        let lists = site.files.filter { $0.path.contains("--") }
        #expect(lists.count == analysis.night.errors.count)
        var reached: Set<String> = []
        for page in site.files where page.path.hasPrefix("errors/") {
            let text = String(decoding: page.bytes, as: UTF8.self)
            #expect(text.components(separatedBy: "<tr><td class=\"when\">").count - 1 == (page.path.contains("--") ? 1 : 0))
            for match in text.matches(of: /href="(cause-[^"#]+--[^"#]+)"/) { reached.insert("errors/\(match.1)") }
        }
        // The first page of every list is linked from the page of its cause and of its mapping (the pager the rest).
        let firstPages = Set(lists.map(\.path).filter { $0.wholeMatch(of: /errors\/cause-.+--[a-z0-9-]+\.html/) != nil && $0.range(of: #"-\d+\.html$"#, options: .regularExpression) == nil })
        #expect(!firstPages.isEmpty && firstPages.isSubset(of: reached))
    }
}
