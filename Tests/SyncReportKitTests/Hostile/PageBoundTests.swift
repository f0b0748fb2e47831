import Foundation
import Testing
@testable import SyncReportKit

/// Pages stay bounded whatever the exports hold: a message longer than Business Central's field is cut on the
/// pages (data.json keeps it whole), and a page libxml2 could not read is an error, not a trap.
@Suite struct PageBoundTests {
    @Test func aRecordWithManyHugeMessagesMakesABoundedPage() throws {
        let folder = try Fixtures.temporaryFolder()
        let errors = folder.appendingPathComponent("errors.csv")
        // 32 KB of '&' a message (160 KB once escaped), 300 times on one record.
        let huge = String(repeating: "&", count: 32_768)
        var csv = "No.,Date/Time,Source Record ID,Error Message\n"
        for number in 1...300 {
            csv += "\(number),2026-11-24 22:\(String(format: "%02d", number % 60)):00,Customer: C1,\(huge)\n"
        }
        try Data(csv.utf8).write(to: errors)
        let out = folder.appendingPathComponent("Output")
        let report = try Generation.run(GenerateRequest(inputs: [errors.path], output: out))
        let pages = report.files.filter { $0.path.hasSuffix(".html") }
        let largest = try #require(pages.max { $0.size < $1.size })
        // A list page: 200 rows of at most 4,096 characters, 5 bytes each once escaped, and the page around them.
        #expect(largest.size < 4_500_000, "\(largest.path) is \(largest.size) bytes")
        let page = try String(decoding: FileParts.contents(of: out.appendingPathComponent(largest.path).path), as: UTF8.self)
        #expect(page.contains("… (28,672 more characters; data.json holds the whole text)")
            || page.contains("… (28672 more characters; data.json holds the whole text)"))
        let data = try FileParts.contents(of: out.appendingPathComponent("data.json").path)
        #expect(data.count > 300 * 32_768, "data.json keeps every message whole")
    }

    @Test func aPageLargerThanLibXML2CanReadIsAnIssueNotATrap() throws {
        let checker = try PageChecker()
        let inspection = checker.check([UInt8](repeating: UInt8(ascii: " "), count: Int(Int32.max) + 1), path: "records/000.html")
        #expect(inspection.issues.map(\.message) == ["the page is 2147483648 bytes, more than the 2 GiB libxml2 can read"])
    }
}

extension PageBoundTests {
    @Test func theErrorsPageListsTheMostFrequentUnknownShapesOnly() throws {
        let folder = try Fixtures.temporaryFolder()
        let errors = folder.appendingPathComponent("errors.csv")
        // Every message a shape of its own: words, not numbers, differ.
        let words = ["amber", "birch", "cedar", "delta", "ember", "fjord", "grove", "heron", "inlet", "juniper", "kestrel", "larch"]
        var csv = "No.,Date/Time,Error Message\n"
        var number = 0
        for first in words { for second in words { for third in words {
            number += 1
            csv += "\(number),2026-11-24 22:00:00,Zorp \(first) \(second) \(third) happened\n"
        } } }
        try Data(csv.utf8).write(to: errors)
        let out = folder.appendingPathComponent("Output")
        _ = try Generation.run(GenerateRequest(inputs: [errors.path], output: out))
        let page = String(decoding: try FileParts.contents(of: out.appendingPathComponent("errors.html").path), as: UTF8.self)
        #expect(page.components(separatedBy: "<article class=\"unknown\">").count - 1 == ErrorListViewBuilder.unknownShapesShown)
        #expect(page.contains("1628 less frequent shapes, of 1628 errors, are not listed"))
    }
}

extension PageBoundTests {
    @Test func aFileOfRejectedRowsListsTheFirstTenThousandAndCountsThemAll() throws {
        let folder = try Fixtures.temporaryFolder()
        let errors = folder.appendingPathComponent("errors.csv")
        var csv = "No.,Date/Time,Error Message\n1,2026-11-24,Account does not exist.\n"
        for number in 2...25_001 { csv += "\(number),someday,x\n" }
        try Data(csv.utf8).write(to: errors)
        let out = folder.appendingPathComponent("Output")
        let report = try Generation.run(GenerateRequest(inputs: [errors.path], output: out))
        #expect(report.analysis.totals.rejectedRows == 25_000)
        #expect(report.analysis.night.dataset.rejected.count == RejectedRow.listedLimit)
        #expect(report.analysis.night.dataset.rejected.last?.location.line == RejectedRow.listedLimit + 2)
        #expect(report.files.filter { $0.path.hasPrefix("rejected") }.count == RejectedRow.listedLimit / RenderOptions.defaultPageSize)
        let first = String(decoding: try FileParts.contents(of: out.appendingPathComponent("rejected.html").path), as: UTF8.self)
        #expect(first.contains("25000 input rows could not be used"))
        #expect(first.contains("Only the first 10000 are listed"))
    }
}
