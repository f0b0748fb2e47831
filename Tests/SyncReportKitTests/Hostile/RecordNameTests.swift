import Foundation
import Testing
@testable import SyncReportKit

/// Ids that Swift holds equal but write differently (canonically equivalent Unicode) are one record with one
/// page and one anchor: a link made from one spelling must find the section made from the other.
@Suite struct RecordNameTests {
    /// A night where each of the two ids fails once, published; with the report's folder.
    private func publish(_ one: String, _ other: String) throws -> (Report, URL) {
        let folder = try Fixtures.temporaryFolder()
        let errors = folder.appendingPathComponent("errors.csv")
        try Data("""
            No.,Date/Time,Source Record ID,Error Message
            1,2026-11-24 22:00:00,\(one),The record is locked.
            2,2026-11-24 23:00:00,\(other),The record is locked.

            """.utf8).write(to: errors)
        let out = folder.appendingPathComponent("Output")
        return (try Generation.run(GenerateRequest(inputs: [errors.path], output: out)), out)
    }

    @Test(arguments: [
        ("Customer: CAF\u{C9}", "Customer: CAFE\u{301}"),
        ("Customer: \u{212A}10", "Customer: K10"),
        ("Item: \u{2126}HM", "Item: \u{3A9}HM"),
    ])
    func canonicallyEquivalentIdsShareTheirPageAndAnchor(one: String, other: String) throws {
        #expect(one == other)
        #expect(PageNames.record(one) == PageNames.record(other))
        let (report, _) = try publish(one, other)
        #expect(report.analysis.totals.failingRecords == 1)
    }

    /// Two record numbers whose 48-bit FNV-1a hashes are equal, found by trying numbers in turn: they share a
    /// group page, and each still has a section of its own.
    @Test func idsThatShareAHashKeepSectionsOfTheirOwn() throws {
        let (one, other) = ("Customer: C100087876839", "Customer: C100104743784")
        #expect(PageNames.recordPage(one) == PageNames.recordPage(other))
        #expect(PageNames.recordAnchor(one) != PageNames.recordAnchor(other))
        let (report, out) = try publish(one, other)
        #expect(report.analysis.totals.failingRecords == 2)
        let page = String(decoding: try FileParts.contents(of: out.appendingPathComponent(PageNames.recordPage(one)).path), as: UTF8.self)
        #expect(page.contains("id=\"\(PageNames.recordAnchor(one))\""))
        #expect(page.contains("id=\"\(PageNames.recordAnchor(other))\""))
    }
}
