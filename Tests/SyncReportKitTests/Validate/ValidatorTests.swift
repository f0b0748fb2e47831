import Testing
@testable import SyncReportKit

@Suite struct ValidatorTests {
    private func page(_ body: String) -> Site {
        Site(files: [SiteFile(path: "p.html", bytes: Array("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">\n\(body)</html>\n".utf8))])
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
            #expect(issue.line == 4)
            #expect(issue.column == 14)
            #expect(issue.level == .fatal)
            #expect(issue.message.contains("mismatch"))
        }
    }

    @Test func namedHTMLEntitiesAreNotXML() {
        #expect(throws: ValidationError.self) { try Validator().run(page("<body>&nbsp;</body>\n")) }
    }

    @Test func externalEntitiesAreNeitherExpandedNorFetched() {
        let xxe = """
            <?xml version="1.0"?>
            <!DOCTYPE html [<!ENTITY leak SYSTEM "file:///etc/passwd"><!ENTITY web SYSTEM "http://127.0.0.1:9/x">]>
            <html xmlns="http://www.w3.org/1999/xhtml"><body>&leak;&web;</body></html>
            """
        let issues = LibXML.check(Array(xxe.utf8), name: "x.html")
        #expect(!issues.contains { $0.message.contains("root:") })
        #expect(issues.allSatisfy { !$0.message.contains("root:x") })
    }

    @Test func entityLoopsAreRefused() {
        let bomb = """
            <?xml version="1.0"?>
            <!DOCTYPE html [<!ENTITY a "&b;"><!ENTITY b "&a;">]>
            <html xmlns="http://www.w3.org/1999/xhtml"><body>&a;</body></html>
            """
        #expect(!LibXML.check(Array(bomb.utf8), name: "b.html").isEmpty)
    }
}
