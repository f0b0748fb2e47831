import Foundation
import Testing
@testable import SyncReportKit

/// Each action's page lists every record behind it with the filter that retries exactly those, and a CSV.
@Suite struct ActionPageTests {
    private func analysis(_ rows: [String]) throws -> Analysis {
        try Stages.analysis([Fixtures.input("errors.csv", text: (["No.,Source Record ID,Date/Time,Error Message"] + rows).joined(separator: "\n") + "\n")])
    }

    @Test func keysBecomeABusinessCentralFilterPerTable() {
        func record(_ table: String, _ key: String) -> RecordRef {
            RecordRef(businessCentral: RecordID(table: table, key: key), dataverse: nil)
        }
        let filters = ActionPageBuilder.filters(for: [record("Customer", "C1"), record("Customer", "C|2"), record("Item", "A'B C"), record("Customer", "10.5")])
        #expect(filters.map(\.table) == ["Customer", "Item"])
        #expect(filters.map(\.text) == ["C1|'C|2'|'10.5'", "'A''B C'"])
        let many = (1...400).map { record("Customer", "C\($0)") }
        let pieces = ActionPageBuilder.filters(for: many)
        #expect(pieces.count > 1 && pieces.allSatisfy { $0.text.count <= ActionPageBuilder.filterLength })
        #expect(pieces.map(\.text).joined(separator: "|").split(separator: "|").count == 400)
        #expect(pieces[0].part == " (part 1 of \(pieces.count))")
    }

    /// Beyond the hundredth, an action has no page of its own: the list of all actions shows all its records
    /// and its filter.
    @Test func actionsBeyondTheHundredthAreListedWhole() throws {
        let rows = (1...105).map { "\($0),Customer: C\($0),2026-11-24 22:00:00,Currency X\($0) must be coupled to a Dataverse Transactioncurrency record." }
        let analysis = try analysis(rows)
        #expect(analysis.actions.count == 105)
        let site = try Validator().run(Stages.renderer.run(analysis))
        #expect(site.files.filter { $0.path.hasPrefix("actions/") && $0.path.hasSuffix(".csv") }.count == 101)
        let second = String(decoding: try #require(site.files.first { $0.path == "actions/all-2.html" }).bytes, as: UTF8.self)
        #expect(second.contains("<section id=\"a-105\""))
        #expect(second.contains("<dt>Customer</dt><dd><code>"))
        #expect(!site.files.contains { $0.path == "actions/101.html" })
    }

    @Test func aSpreadsheetFormulaFromTheExportsStaysText() {
        #expect(ActionPageBuilder.inert("=HYPERLINK(\"http://x\")") == "'=HYPERLINK(\"http://x\")")
        #expect(ActionPageBuilder.inert("@SUM(A1)") == "'@SUM(A1)")
        #expect(ActionPageBuilder.inert("C00110") == "C00110")
    }

    @Test func everyActionHasAPageACSVAndLinksFromTheIndexAndTheEmail() throws {
        let eur = "Currency EUR must be coupled to a Dataverse Transactioncurrency record."
        let analysis = try analysis([
            "1,Customer: C00110,2026-11-24 22:00:00,\(eur)",
            "2,Customer: =1+1,2026-11-24 22:00:01,\(eur)",
            "3,Customer: C00130,2026-11-24 22:00:02,The record is locked.",
        ])
        let site = try Validator().run(Stages.renderer.run(analysis))
        func text(_ path: String) throws -> String {
            String(decoding: try #require(site.files.first { $0.path == path }).bytes, as: UTF8.self)
        }
        #expect(analysis.actions.count == 2)
        let page = try text("actions/1.html")
        #expect(page.contains("<code>&#39;=1+1&#39;|C00110</code>"))
        #expect(page.contains("href=\"1.csv\""))
        #expect(try text("actions/1.csv") == "Record,Business Central table,Key,Dataverse row\r\nCustomer =1+1,Customer,'=1+1,\r\nCustomer C00110,Customer,C00110,\r\n")
        #expect(try text("index.html").contains("<a href=\"actions/1.html\">All 2 records and the filter to retry them</a>"))
        #expect(try text("index.html").contains("<a href=\"actions/2.html\">The record and the filter to retry it</a>"))
        let list = try text("actions/all.html")
        #expect(list.contains("<section id=\"a-1\""))
        #expect(list.contains("<section id=\"a-2\""))
        #expect(list.contains("<a href=\"1.html\">Its page: every record and the filter to retry them</a>"))
        #expect(try text("actions/all.csv") == "Action,Cause,Record,Business Central table,Key,Dataverse row\r\n1,missing_dependency,Customer =1+1,Customer,'=1+1,\r\n1,missing_dependency,Customer C00110,Customer,C00110,\r\n2,locked_concurrency,Customer C00130,Customer,C00130,\r\n")
        let email = try text(PageNames.summary)
        #expect(email.contains("Records: Customer =1+1, Customer C00110."))
        #expect(email.contains("href=\"actions/1.html\""))
    }
}
