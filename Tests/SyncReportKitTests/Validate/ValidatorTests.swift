import Testing
@testable import SyncReportKit

@Suite struct ValidatorTests {
    private func page(_ body: String) -> Site {
        Site(files: [SiteFile(path: "p.html", bytes: Fixtures.page(body))])
    }

    private func issues(_ site: Site) -> [MarkupIssue] {
        do {
            _ = try Validator().run(site)
            return []
        } catch {
            return error.issues
        }
    }

    @Test func aWellFormedPagePasses() throws {
        let site = page("<body><p>ok &#160; &amp;</p></body>\n")
        #expect(try Validator().run(site) == site)
    }

    @Test func aProblemNamesThePageLineAndColumn() {
        do {
            _ = try Validator().run(page("<body>\n  <p>open</b></body>\n"))
            Issue.record("expected a validation error")
        } catch {
            let issue = error.issues[0]
            #expect(issue.file == "p.html")
            #expect(issue.line == 5)
            #expect(issue.column == 14)
            #expect(issue.level == .fatal)
            #expect(issue.message.contains("mismatch"))
        }
    }

    @Test func markupOutsideTheSchemaIsNamedAtItsElement() {
        let found = issues(page("<body>\n<p>fine</p>\n  <div><script>alert(1)</script></div><blink>x</blink></body>\n"))
        #expect(found.map(\.line) == [6, 6], "\(found)")
        #expect(found.map(\.column) == [8, 39], "\(found)")
        #expect(found.allSatisfy { $0.level == .error })
        #expect(found.first?.message.contains("script") == true, "\(found)")
    }

    @Test func anIDUsedTwiceIsNamedWhereItIsUsedAgain() {
        let found = issues(page("<body><h2 id=\"a\">A</h2>\n<p>x</p><h2 class=\"x\" id=\"a\">again</h2></body>\n"))
        #expect(found.map(\.description) == ["p.html:5:23: error: the id 'a' is used again; it is first used on line 4"])
    }

    @Test func everyLinkInsideTheReportLeadsToAFileAndAnID() {
        let index = SiteFile(path: "index.html", bytes: Fixtures.page("""
            <body><h2 id="top">x</h2><p><a href="records/r.html#now">ok</a> <a href="#top">ok</a> <a href="style.css">ok</a>
            <a href="https://bc.example/?page=21#x">out</a> <a href="records/gone.html">gone</a> <a href="records/r.html#later">no id</a>
            <a href="../etc/passwd">outside</a></p></body>

            """))
        let record = SiteFile(path: "records/r.html", bytes: Fixtures.page("<body><h2 id=\"now\"><a href=\"../index.html#top\">up</a></h2></body>\n"))
        let found = issues(Site(files: [index, record, SiteFile(path: "style.css", bytes: [])]))
        #expect(found.map(\.description) == [
            "index.html:5:52: error: the link 'records/gone.html' leads to records/gone.html, which the report does not hold",
            "index.html:5:89: error: the link 'records/r.html#later' leads to records/r.html, which has no id 'later'",
            "index.html:6:4: error: the link '../etc/passwd' leads outside the report folder",
        ])
    }

    @Test func aGeneratedReportIsValidLinkedAndUnique() throws {
        let analysis = try Stages.analysis(Stages.fixtureNight())
        var options = Stages.renderer.options
        options.pageSize = 1
        let site = try Renderer(options: options).run(analysis)
        #expect(issues(site).isEmpty)
    }

    @Test func namedHTMLEntitiesAreNotXML() {
        #expect(throws: ValidationError.self) { try Validator().run(page("<body>&nbsp;</body>\n")) }
    }

    @Test func externalEntitiesAreNeitherExpandedNorFetched() throws {
        let xxe = """
            <?xml version="1.0"?>
            <!DOCTYPE html [<!ENTITY leak SYSTEM "file:///etc/passwd"><!ENTITY web SYSTEM "http://127.0.0.1:9/x">]>
            <html xmlns="http://www.w3.org/1999/xhtml"><body>&leak;&web;</body></html>
            """
        let issues = LibXML.inspect(Array(xxe.utf8), name: "x.html", schema: try ReportSchema.page.compiled()).issues
        #expect(!issues.contains { $0.message.contains("root:") })
        #expect(issues.allSatisfy { !$0.message.contains("root:x") })
    }

    @Test func entityLoopsAreRefused() throws {
        let bomb = """
            <?xml version="1.0"?>
            <!DOCTYPE html [<!ENTITY a "&b;"><!ENTITY b "&a;">]>
            <html xmlns="http://www.w3.org/1999/xhtml"><body>&a;</body></html>
            """
        let schema = try ReportSchema.page.compiled()
        #expect(LibXML.inspect(Array(bomb.utf8), name: "b.html", schema: schema).issues.contains { $0.message.contains("loop") })
    }
}
