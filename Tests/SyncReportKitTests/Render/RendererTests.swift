import Foundation
import Testing
@testable import SyncReportKit

@Suite struct RendererTests {
    private func site() throws -> Site {
        try Stages.renderer.run(Stages.analysis(Stages.fixtureNight()))
    }

    private func text(_ site: Site, _ path: String) throws -> String {
        String(decoding: try #require(site.files.first { $0.path == path }).bytes, as: UTF8.self)
    }

    /// Every page of the error lists by cause, where each error appears once.
    private func errorsByCause(_ site: Site) -> String {
        pages(site, under: "errors/cause-")
    }

    /// Every record page, where each record's timeline has the full detail of its errors.
    private func recordPages(_ site: Site) -> String {
        pages(site, under: "records/")
    }

    private func pages(_ site: Site, under prefix: String) -> String {
        site.files.filter { $0.path.hasPrefix(prefix) }.map { String(decoding: $0.bytes, as: UTF8.self) }.joined()
    }

    @Test func rendersIndexErrorsRecordJobPagesStylesheetAndData() throws {
        let paths = try site().files.map(\.path)
        #expect(paths.contains("index.html"))
        #expect(paths.contains("errors.html"))
        #expect(paths.contains("rejected.html"))
        #expect(paths.contains("style.css"))
        #expect(paths.contains("data.json"))
        #expect(paths.filter { $0.hasPrefix("records/") }.count == 2)
        #expect(paths.filter { $0.hasPrefix("jobs/") }.count == 2)
    }

    @Test func pagesAreXHTML5WithLanguageCharsetAndRelativeStylesheet() throws {
        let site = try site()
        // The email's HTML carries its styles inline: mail clients drop linked stylesheets.
        for file in site.files where file.isPage && file.path != PageNames.summary {
            let page = String(decoding: file.bytes, as: UTF8.self)
            #expect(page.hasPrefix("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\""))
            #expect(page.contains("<meta charset=\"utf-8\"/>"))
            let depth = file.path.split(separator: "/").count - 1
            #expect(page.contains("href=\"\(String(repeating: "../", count: depth))style.css\""))
        }
    }

    /// A chart is an image to a screen reader: its title and description must say every number it draws.
    @Test func chartsCarryTheirNumbersAsTextAndSitNextToATable() throws {
        let analysis = try Stages.analysis(Stages.fixtureNight())
        let index = try text(Stages.renderer.run(analysis), "index.html")
        #expect(index.contains(#"role="img" aria-labelledby="chart-causes-title chart-causes-summary""#))
        let causes = analysis.byCause.map { "\($0.cause.title): \($0.errors)" }.joined(separator: "; ")
        #expect(index.contains("<desc id=\"chart-causes-summary\">\(causes.replacingOccurrences(of: "'", with: "&#39;")).</desc>"))
        #expect(index.contains("<title id=\"chart-mappings-title\">Errors by integration table mapping</title>"))
        #expect(index.contains("<title id=\"chart-nights-title\">Errors per night, last 1 night</title>"))
        let bars = index.components(separatedBy: "<rect class=\"bar\"").count - 1
        #expect(bars == analysis.byCause.count + analysis.byMapping.count + 1)
        #expect(index.components(separatedBy: "the table below gives the same numbers.</figcaption>").count - 1 == 3)
    }

    @Test func theLongestBarIsTheLargestValue() {
        let chart = Chart.bars(id: "c", title: "t", items: [("a", 10), ("b", 5), ("c", 0)], format: Formatter(timeZone: .gmt))
        #expect(chart.bars.map(\.width) == [320, 160, 0])
        #expect(chart.summary == "a: 10; b: 5; c: 0.")
    }

    @Test func theRejectedRowsPageListsEachWithItsPlace() throws {
        let page = try text(site(), "rejected.html")
        #expect(page.contains("<tr><th scope=\"row\">errors.csv</th><td class=\"num\" data-label=\"Line\">5</td><td class=\"num\" data-label=\"Column\">63</td><td data-label=\"Why\">Date/Time: &#39;not a date&#39; is not a date-time"))
    }

    /// A record failing the same way on every run is one entry with the times it came back; a record failing
    /// in ever new ways shows its latest entries and says where the earlier ones are.
    @Test func aTimelineFoldsRepeatsAndIsBounded() throws {
        let header = "No.,Source Record ID,Date/Time,Error Message\n"
        var rows = ""
        for minute in 0..<30 {
            rows += "\(minute + 1),Customer: C1,2026-11-24 20:\(String(format: "%02d", minute)):00,The record is locked.\n"
        }
        for number in 0..<250 {
            rows += "\(number + 100),Customer: C2,2026-11-24 \(String(format: "%02d", number / 60)):\(String(format: "%02d", number % 60)):00,"
                + "Out of cheese number \(number).\n"
        }
        let site = try Validator().run(try Stages.renderer.run(try Stages.analysis([Fixtures.input("e.csv", text: header + rows)])))
        let one = try text(site, PageNames.recordPage("Customer: C1"))
        let repeated = try #require(one.components(separatedBy: "<section id=\"\(PageNames.recordAnchor("Customer: C1"))\"").last)
            .components(separatedBy: "</section>")[0]
        #expect(repeated.components(separatedBy: "<li class=\"failure\">").count - 1 == 1)
        #expect(repeated.contains("The same error came back 29 more times:"))
        let two = try text(site, PageNames.recordPage("Customer: C2"))
        let many = try #require(two.components(separatedBy: "<section id=\"\(PageNames.recordAnchor("Customer: C2"))\"").last)
            .components(separatedBy: "</section>")[0]
        #expect(many.components(separatedBy: "<li class=\"failure\">").count - 1 == Renderer.eventsPerRecord)
        #expect(many.contains("The latest 100 of 250 events; the 150 earlier ones are in the error lists by cause and by mapping."))
        #expect(many.contains("Out of cheese number 249.") && !many.contains("Out of cheese number 149."))
    }

    @Test func unknownMessagesAreGroupedWithARuleStub() throws {
        let header = "No.,Date/Time,Error Message\n"
        let rows = "1,2026-11-24,Out of cheese in warehouse 'WEST'.\n2,2026-11-24,Out of cheese in warehouse 'EAST'.\n"
        let analysis = try Stages.analysis([Fixtures.input("e.csv", text: header + rows)])
        #expect(analysis.unknownTemplates.count == 1)
        #expect(analysis.unknownTemplates.first?.count == 2)
        let page = try text(Stages.renderer.run(analysis), "errors.html")
        #expect(page.contains("Messages no rule knows"))
        #expect(page.contains("- id: local."))
    }

    /// An error without a record has no timeline to say what to do, so its list row says it; a list shows one
    /// cause of one mapping, so its rows repeat neither, while a job's section names each error's cause.
    @Test func listRowsCarryTheActionOnlyWithoutATimelineAndNoRepeatedColumns() throws {
        let analysis = try Stages.analysis([Fixtures.input("e.csv", text: "No.,Date/Time,Error Message\n1,2026-11-24,The record is locked.\n")])
        let error = try #require(analysis.night.errors.first)
        let site = try Stages.renderer.run(analysis)
        let list = errorsByCause(site)
        var action: [UInt8] = []
        XMLText.appendEscaped(error.action, to: &action)
        #expect(list.contains("<strong>What to do:</strong> \(String(decoding: action, as: UTF8.self))"))
        #expect(!list.contains("class=\"cause cause-"))
        #expect(!recordPages(try self.site()).isEmpty)
        #expect(!errorsByCause(try self.site()).contains("What to do:"))
        #expect(pages(try self.site(), under: "jobs/").contains("class=\"cause cause-"))
    }

    /// A message that says nothing, about a record both apps changed since its last synchronisation and that
    /// Business Central marked Skipped: the list shows the facts that decided, and the Retry it needs.
    @Test func factsThatDecideAndTheSkippedFlagAreShown() throws {
        let row = "{4A2504E0-4F89-11D3-9A0C-0305E82C3301}"
        let analysis = try Stages.analysis([
            Fixtures.input("errors.csv", text: """
                No.,Source Record ID,Destination Record ID,Date/Time,Error Message
                7,Customer: C00500,Dataverse Account: \(row),2026-11-24 22:00:00,An unexpected error occurred.

                """),
            Fixtures.input("couplings.csv", text: """
                CRM ID,Integration ID,Last Synch. Modified On,Last Synch. CRM Modified On,Last Synch. Result,Skipped
                \(row),{11111111-2222-3333-4444-555555555555},2026-11-20 10:00:00,2026-11-20 10:00:00,Success,Yes

                """),
            Fixtures.input("page.csv", text: """
                Table_Name,Description,Record_Exists,Int_Record_Exists,Error_Message,Failed_On,Modified_On,Int_Modified_On
                Customer,C00500,true,true,An unexpected error occurred.,2026-11-24T22:00:00Z,2026-11-24T21:00:00Z,2026-11-24T21:30:00Z

                """),
        ])
        let error = try #require(analysis.night.errors.first)
        #expect(error.classification.cause == .conflict)
        let site = try Stages.renderer.run(analysis)
        #expect(recordPages(site).contains("rule unclassified.unexpected-error → state.changed-on-both-sides; Changed in both apps since the last synchronisation: Yes"))
        #expect(errorsByCause(site).contains(">skipped</span>"))
        #expect(!recordPages(try self.site()).contains("; Changed in both apps"))
    }

    @Test func withTheWebClientsAddressActionsLinkToWhereTheyAreDone() throws {
        let links = BusinessCentralLinks(base: "https://bc.example/t/Production/", company: "CRONUS & Co")
        var options = Stages.renderer.options
        options.businessCentral = links
        let site = try Validator().run(try Renderer(options: options).run(Stages.analysis(Stages.fixtureNight())))
        let errors = recordPages(site)
        // The failing record's next steps open its card (C00110 is fixed: it has none).
        #expect(errors.contains("Open in Business Central: <a href=\"https://bc.example/t/Production/?company=CRONUS%20%26%20Co&amp;page=21&amp;filter=%27No.%27%20IS%20%27C-10%2F20%20%3C%22A%26B%22%3E%27\">Customer C-10/20 &lt;&quot;A&amp;B&quot;&gt;</a>"))
        #expect(errors.contains("<a href=\"https://bc.example/t/Production/?company=CRONUS%20%26%20Co&amp;page=5333\">Coupled Data Synchronization Errors</a>"))
        let job = try #require(site.files.first { $0.path.hasPrefix("jobs/") })
        #expect(String(decoding: job.bytes, as: UTF8.self).contains("&amp;page=5339&amp;filter="))
        #expect(!recordPages(try self.site()).contains("Open in Business Central"))
    }

    @Test func inputTextIsEscaped() throws {
        let site = try site()
        let index = try text(site, "index.html")
        #expect(index.contains("C-10/20 &lt;&quot;A&amp;B&quot;&gt;"))
        #expect(!index.contains("<\"A&B\">"))
        #expect(try Validator().run(site) == site)
    }

    @Test func charactersXMLForbidsAreShownAsTheirSigns() throws {
        let header = "No.,Date/Time,Error Message\n"
        let analysis = try Stages.analysis([Fixtures.input("e.csv", text: header + "1,2026-11-24,bad \u{1}\u{8}\u{FFFE} byte\n")])
        let site = try Stages.renderer.run(analysis)
        #expect(errorsByCause(site).contains("bad \u{2401}\u{2408}\u{FFFD} byte"))
        #expect(try Validator().run(site) == site)
    }

    @Test func dataJSONFollowsTheContract() throws {
        let data = try #require(try site().files.first { $0.path == "data.json" }).bytes
        let json = try #require(try JSONSerialization.jsonObject(with: Data(data)) as? [String: Any])
        #expect(json["schemaVersion"] as? Int == 1)
        #expect(json["generatedAt"] is NSNull)
        #expect(json["changes"] is NSNull)
        let totals = try #require(json["totals"] as? [String: Int])
        #expect(totals == ["jobs": 2, "errors": 2, "couplings": 1, "failingRecords": 1, "rejectedRows": 1])
        let byCause = try #require(json["byCause"] as? [String: Int])
        #expect(Set(byCause.keys) == Set(Cause.allCases.map(\.rawValue)))
        let errors = try #require(json["errors"] as? [[String: Any]])
        #expect(errors.count == 2)
        #expect(errors[0]["cause"] as? String == "conflict")
        #expect(errors[0]["jobId"] as? String == "6f9619ff-8b86-d011-b42d-00c04fc964ff")
        #expect(errors[0]["no"] as? Int == 1201)
        let inputs = try #require(json["inputs"] as? [[String: Any]])
        for input in inputs {
            #expect(input["rowsRead"] as? Int == (input["rowsUsed"] as? Int ?? -1) + (input["rowsRejected"] as? Int ?? -1))
            #expect((input["sha256"] as? String)?.count == 64)
        }
    }

    @Test func recordPageNamesAreSafeAndUniqueAcrossCase() throws {
        let lower = PageNames.record("Customer: abc/..")
        let upper = PageNames.record("Customer: ABC/..")
        #expect(lower != upper)
        #expect(lower.wholeMatch(of: /records\/[0-9a-f]{3}\.html#r-Customer_3A_20abc_2F\.\./) != nil)
        #expect(!lower.contains("/.."))
        let c00110 = PageNames.record("Customer: C00110")
        #expect(c00110.wholeMatch(of: /records\/[0-9a-f]{3}\.html#r-Customer_3A_20C00110/) != nil)
        #expect(PageNames.record("???").wholeMatch(of: /records\/[0-9a-f]{3}\.html#r-_3F_3F_3F/) != nil)
        #expect(PageNames.record("Item: 1_2") != PageNames.record("Item: 1_5F2"), "an underscore is escaped too")
        #expect(PageNames.errors(mapping: "") != PageNames.errors(mapping: "not in the exports"))
    }

    /// A mapping's page name is its name escaped, never a hash of it: two names, however chosen, get two pages
    /// (they used to share 48 bits of a hash, and a found pair stopped every night with a path clash).
    @Test func mappingPageNamesAreReadableAndNeverShared() {
        #expect(PageNames.errors(mapping: "ITEM-PRODUCT") == "errors/mapping-item-product")
        #expect(PageNames.errors(cause: .conflict, mapping: "CUSTOMER") == "errors/cause-conflict--customer")
        #expect(PageNames.errors(mapping: "") == "errors/mapping-_")
        #expect(PageNames.errors(mapping: "Salesperson/../x") == "errors/mapping-s_61_6c_65_73_70_65_72_73_6f_6e_2f_2e_2e_2f_78")
        let long = String(repeating: "VENDOR", count: 20)
        let longer = PageNames.slug(long + "A")
        #expect(longer.count == 65 && longer.hasPrefix("vendorvendor") && longer.contains("~"))
        #expect(PageNames.slug("\u{E9}" + long).hasPrefix("_c3_a9vendor"))
        #expect(PageNames.slug(String(repeating: "\u{E9}", count: 30)).wholeMatch(of: /(_c3_a9)+~[0-9a-f]{32}/) != nil, "an escape is never cut")
        let names = ["", "_", "_5f", "a", "A", "\u{0}", "\u{C9}", "E\u{301}", "-", "--", long, long + "A", long + "B",
                     "CON", "con", "K", "\u{212A}", "x y", "x_20y", "ITEM PRODUCT", "ITEM-PRODUCT"]
        var seen: [String: String] = [:]
        for name in names {
            let part = PageNames.slug(name)
            #expect(part.wholeMatch(of: /[a-z0-9_~-]{1,65}/) != nil, "\(name.debugDescription) -> \(part)")
            if let other = seen[part] {
                #expect(other == name, "\(other.debugDescription) and \(name.debugDescription) share \(part)")
            }
            seen[part] = name
        }
    }

    @Test func renderingTwiceGivesTheSameBytes() throws {
        #expect(try site() == site())
    }
}

@Suite struct WebAddressTests {
    @Test func onlyHTTPAddressesWithoutHiddenCharactersAreLinks() {
        #expect(WebAddress.isHTTP("https://businesscentral.dynamics.com/tenant/Production/"))
        #expect(WebAddress.isHTTP("HTTP://intranet.example/sync/"))
        for address in ["javascript:alert(1)//", "data:text/html,x", "//evil.example/", "https:evil", "https://a.example/\u{202E}x",
                        "https://a.example/\u{2028}", "https://a.example/ x", "https://a.example/\u{0}"] {
            #expect(!WebAddress.isHTTP(address), "\(address.debugDescription)")
        }
    }

    @Test func theRendererRefusesAnyOtherAddressFromItsOptions() {
        let templates = Stages.renderer.options.templates
        #expect(throws: RenderError.notWebAddress(option: "--report-url", address: "javascript:alert(1)//")) {
            try Renderer(options: RenderOptions(templates: templates, mail: MailOptions(reportURL: "javascript:alert(1)//")))
        }
        #expect(throws: RenderError.notWebAddress(option: "--bc-url", address: "data:text/html,x/")) {
            try Renderer(options: RenderOptions(
                templates: templates, businessCentral: BusinessCentralLinks(base: "data:text/html,x", company: "CRONUS")))
        }
    }
}
