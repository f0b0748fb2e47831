import Foundation
import Testing
@testable import SyncReportKit

/// The morning email: its subject, its MIME form, its size.
@Suite struct SummaryTests {
    private func decodeQuotedPrintable(_ text: String) -> String {
        var bytes: [UInt8] = []
        let source = Array(text.replacingOccurrences(of: "=\r\n", with: "").replacingOccurrences(of: "\r\n", with: "\n").utf8)
        var index = 0
        while index < source.count {
            if source[index] == UInt8(ascii: "="), index + 2 < source.count,
               let value = UInt8(String(decoding: source[(index + 1)...(index + 2)], as: UTF8.self), radix: 16) {
                bytes.append(value)
                index += 3
            } else {
                bytes.append(source[index])
                index += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func quotedPrintableKeepsLinesShortAndLosesNothing() {
        let text = "Währung EUR = \"€\" " + String(repeating: "Synchronisierung fehlgeschlagen, ", count: 8) + "end \nnext line\t\n\nlast"
        let encoded = MIMEMessage.quotedPrintable(text)
        #expect(encoded.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 76 })
        #expect(!encoded.contains("€") && encoded.contains("=E2=82=AC"))
        #expect(encoded.contains("=20\r\nnext line=09\r\n"), "a space or tab before a line end is encoded")
        #expect(decodeQuotedPrintable(encoded) == text)
    }

    @Test func aSubjectBeyondASCIIIsEncodedInWordsOfWholeCharacters() throws {
        let subject = "3 new sync errors, 12 fixed – CRONUS Müller & Söhne Ein sehr langer Mandantenname"
        let encoded = MIMEMessage.encodedWords(subject)
        let lines = encoded.components(separatedBy: "\r\n ")
        #expect(lines.count > 1)
        #expect(lines.allSatisfy { "Subject: \($0)".utf8.count < 78 && $0.hasPrefix("=?UTF-8?B?") && $0.hasSuffix("?=") })
        let decoded = try lines.map { word in
            try #require(Data(base64Encoded: String(word.dropFirst(10).dropLast(2))))
        }.reduce(Data(), +)
        #expect(String(decoding: decoded, as: UTF8.self) == subject)
        #expect(MIMEMessage.encodedWords("12 fixed - CRONUS") == "12 fixed - CRONUS")
    }

    @Test func aDisplayNameBeyondASCIIIsEncodedAndTheAddressKept() {
        #expect(MIMEMessage.mailbox("Büro Team <ops@example.com>") == "=?UTF-8?B?QsO8cm8gVGVhbQ==?= <ops@example.com>")
        #expect(MIMEMessage.mailbox("Ops <ops@example.com>") == "Ops <ops@example.com>")
        #expect(MIMEMessage.mailbox("Ops, Night Team <ops@example.com>") == "\"Ops, Night Team\" <ops@example.com>")
        #expect(MIMEMessage.mailbox("\"Büro\" <ops@example.com>") == "=?UTF-8?B?QsO8cm8=?= <ops@example.com>")
        #expect(MIMEMessage.mailbox("ops@example.com") == "ops@example.com")
    }

    @Test func datesAreWrittenAsRFC5322AsksInAnyLocale() {
        #expect(MIMEMessage.rfc5322(Date(timeIntervalSince1970: 1_795_500_000)) == "Tue, 24 Nov 2026 06:00:00 +0000")
    }

    @Test func theSubjectCountsWhatIsNewAndFixed() throws {
        let night = Stages.classifier.run(try Importer().run(try Stages.fixtureNight()))
        let previous = PreviousReport(
            file: "p", night: "2026-11-01", wasCompared: true, comparedWith: nil, history: [],
            failing: [TrackedRecord(key: "Customer: GONE", name: "Customer GONE", failingSince: "2026-11-01", nights: 1, status: .new)],
            fixed: [])
        let analysis = Analyser().run(night, previous: previous)
        let builder = SummaryBuilder(analysis: analysis, format: Formatter(timeZone: .gmt), mail: MailOptions(tenant: "CRONUS AG"))
        #expect(builder.subject == "\(analysis.history.newCount) new failing \(analysis.history.newCount == 1 ? "record" : "records"), 1 fixed – CRONUS AG")
        let first = SummaryBuilder(analysis: Analyser().run(night), format: Formatter(timeZone: .gmt), mail: MailOptions())
        #expect(first.subject == "\(analysis.totals.failingRecords) record\(analysis.totals.failingRecords == 1 ? "" : "s") failing to sync – Business Central")
    }

    @Test func theEmailIsSmallEnoughNotToBeClippedAndNamesNoExternalResource() throws {
        let folder = try Fixtures.temporaryFolder()
        let report = try Generation.run(GenerateRequest(
            inputs: try Fixtures.sampleNight(in: folder), output: folder.appendingPathComponent("Output"),
            mail: MailOptions(reportURL: "https://intranet.example/sync", from: "Sync <sync@example.com>", to: ["ops@example.com"])))
        #expect(report.email.count < 102 * 1024)
        let text = String(decoding: report.email, as: UTF8.self)
        #expect(text.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count < 998 })
        #expect(!text.contains("<img") && !text.contains("<link") && !text.contains("src=3D"))
        #expect(text.contains("https://intranet.example/sync/index.html") || text.contains("https://intranet.example/sync/index.ht=\r\nml"))
    }
}
