import Foundation
import Testing
@testable import SyncReportKit

/// One night whose every text field carries markup, script, comment and CDATA ends, controls and bidi
/// overrides, published with hostile options and a user rule: none of it becomes markup, script or a link in
/// any page, the email, data.json or bag-info.txt.
@Suite struct HostileNightTests {
    static let payload = "<script>alert(1)</script><svg onload=alert(2)>]]><!--<style>*{}</style>\u{202E}\u{2028}\u{0}\u{1B}[2J\"'&"

    private func csvField(_ text: String) -> String { "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }

    @Test func nothingFromTheExportsOrOptionsBecomesMarkupOrALink() throws {
        let folder = try Fixtures.temporaryFolder()
        let hostile = csvField(Self.payload)
        let job = "{65ACE268-5A07-4C6D-B061-6F2F48DCE01C}"
        try Data("""
            ID,Start Date/Time,Finish Date/Time,Integration Table Mapping Name,Type,Synch. Direction,Inserted,Modified,Deleted,Unchanged,Skipped,Failed,Message
            \(job),2026-11-24 20:00:26,2026-11-24 20:00:30,\(hostile),Synchronization,ToIntegrationTable,0,0,0,0,0,2,\(hostile)

            """.utf8).write(to: folder.appendingPathComponent("jobs.csv"))
        try Data("""
            No.,Integration Synch. Job ID,Source Record ID,Destination Record ID,Date/Time,Error Message
            1,\(job),\(csvField("Customer: " + Self.payload)),,2026-11-24 20:00:27,\(hostile)
            2,\(job),\(csvField("Customer: javascript:alert(3)")),,2026-11-24 20:00:28,\(csvField("Zorp " + Self.payload))

            """.utf8).write(to: folder.appendingPathComponent("errors.csv"))
        let rules = folder.appendingPathComponent("rules.yml")
        try Data("""
            version: 1
            rules:
              - id: hostile
                cause: validation
                priority: 1000
                match: 'Zorp'
                action: '<script>alert(4)</script> {record} javascript:alert(5)'

            """.utf8).write(to: rules)
        let out = folder.appendingPathComponent("Output")
        let archive = folder.appendingPathComponent("archive")
        let report = try Generation.run(GenerateRequest(
            inputs: ["jobs.csv", "errors.csv"].map { folder.appendingPathComponent($0).path }, output: out,
            ruleFiles: [rules.path],
            businessCentral: BusinessCentralLinks(base: "https://bc.example/t/Production/\"><script>", company: Self.payload),
            mail: MailOptions(reportURL: "https://reports.example/\"onmouseover=alert(6)", to: ["Ops <ops@example.com>"], tenant: Self.payload),
            archive: Archiver(folder: archive)))
        #expect(report.analysis.totals.errors == 2)
        // Every page and the email's HTML (summary.html) passed the schema, which has no script, style or event
        // attribute: the payload can only be there as text, escaped.
        for file in report.files where file.path.hasSuffix(".html") {
            let text = String(decoding: try FileParts.contents(of: out.appendingPathComponent(file.path).path), as: UTF8.self)
            let lowered = text.lowercased()
            #expect(!lowered.contains("<script") && !lowered.contains("<svg onload") && !lowered.contains("<style>*"), "\(file.path)")
            #expect(!text.contains("\u{202E}") && !text.contains("\u{1B}") && !text.contains("\u{0}"), "\(file.path)")
            for match in text.matches(of: /href="([^"]*)"/) {
                let href = String(match.1).lowercased()
                #expect(!href.hasPrefix("javascript:") && !href.hasPrefix("data:") && !href.hasPrefix("vbscript:"), "\(file.path): \(href)")
            }
        }
        let email = String(decoding: try FileParts.contents(of: out.appendingPathComponent("summary.eml").path), as: UTF8.self)
        let headers = try #require(email.components(separatedBy: "\r\n\r\n").first)
        for line in headers.components(separatedBy: "\r\n") {
            #expect(line.wholeMatch(of: /[A-Za-z-]+: .*|[ \t].*/) != nil, "a header line the payload split: \(line.debugDescription)")
        }
        let data = try FileParts.contents(of: out.appendingPathComponent("data.json").path)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(data)) as? [String: Any])
        let errors = try #require(json["errors"] as? [[String: Any]])
        #expect(errors.contains { ($0["message"] as? String) == Self.payload }, "data.json keeps the text as it was, as JSON")
        let bag = try #require(try FileManager.default.contentsOfDirectory(atPath: archive.path).first)
        let info = String(decoding: try FileParts.contents(of: archive.appendingPathComponent(bag).appendingPathComponent("bag-info.txt").path), as: UTF8.self)
        #expect(info.split(separator: "\n").allSatisfy { $0.contains(": ") }, "every line of bag-info.txt is a tag")
        #expect(!info.contains("\u{2028}\n"))
    }
}
