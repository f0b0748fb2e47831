import Foundation
import Testing
@testable import SyncReportKit

/// No placeholder, doubled word or broken phrase anywhere the report speaks, on several nights: full ones,
/// one without its errors export and one whose errors name no job (so no mapping). The exports' own texts
/// (messages, which Business Central itself words as "the Dataverse Dataverse Account record") are left out
/// of the scan: the report shows them as they are.
@Suite struct WordsTests {
    enum Night: String, CaseIterable {
        case seed1, seed7, withoutErrors, withoutJobIDs
    }

    private static let broken: [(pattern: String, what: String)] = [
        (#"\b([A-Z][a-z]+) \1\b"#, "a doubled word"),
        (#"\{[A-Za-z]+\}"#, "a placeholder"),
        (#"\(unknown"#, "an unknown value in parentheses"),
        (#"\)\)"#, "nested parentheses"),
        (#"each one's|Both each|Both its|coupled to \w+ the \d+ records"#, "a distributive that does not read"),
        (#"Affected record: the"#, "a plural after a singular"),
        (#"mapping its mapping|\bthe the\b|\ba a\b"#, "a doubled article"),
        (#"night of a night|lies in"#, "a placeholder phrase"),
    ]

    private func publish(_ night: Night, in folder: URL) throws -> (Report, URL) {
        var inputs: [String]
        switch night {
        case .seed1: inputs = try Fixtures.sampleNight(in: folder, seed: 1)
        case .seed7: inputs = try Fixtures.sampleNight(in: folder, seed: 7)
        case .withoutErrors: inputs = try Fixtures.sampleNight(in: folder, seed: 3).filter { !$0.hasSuffix("errors.csv") }
        case .withoutJobIDs:
            inputs = try Fixtures.sampleNight(in: folder, seed: 5)
            let errors = try #require(inputs.first { $0.hasSuffix("errors.csv") })
            let lines = try String(contentsOfFile: errors, encoding: .utf8).components(separatedBy: "\r\n")
            // The job ID is the second column and holds no comma or quote.
            let cut = lines.map { line in
                guard let first = line.firstIndex(of: ","), let second = line[line.index(after: first)...].firstIndex(of: ",") else { return line }
                return String(line[..<first]) + String(line[second...])
            }
            try cut.joined(separator: "\r\n").write(toFile: errors, atomically: true, encoding: .utf8)
        }
        let out = folder.appendingPathComponent("Output")
        return (try Generation.run(GenerateRequest(inputs: inputs, output: out)), out)
    }

    /// The page's words: tags gone, entities decoded, the exports' messages removed.
    private func words(_ page: String, without quoted: [String]) -> String {
        var text = page.replacing(#/<(p|li) class="message">.*?</\1>/#.dotMatchesNewlines(), with: " ")
        text = text.replacing(#/<[^>]+>/#, with: " ")
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        for message in quoted where message.count > 3 { text = text.replacingOccurrences(of: message, with: " ") }
        return text
    }

    @Test(arguments: Night.allCases)
    func noPageNorTheEmailHasABrokenPhrase(night: Night) throws {
        let folder = try Fixtures.temporaryFolder()
        let (report, out) = try publish(night, in: folder)
        let night = report.analysis.night
        let quoted = night.errors.map(\.error.message) + night.dataset.jobs.map(\.message)
            + night.dataset.jobs.map { $0.message.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        let paths = try FileManager.default.subpathsOfDirectory(atPath: out.path).filter { $0.hasSuffix(".html") || $0.hasSuffix(".eml") }
        #expect(paths.count > 3)
        for path in paths {
            let page = try String(contentsOf: out.appendingPathComponent(path), encoding: .utf8)
            let text = words(path.hasSuffix(".eml") ? page.replacingOccurrences(of: "=\r\n", with: "").replacingOccurrences(of: "=\n", with: "") : page, without: quoted)
            for (pattern, what) in Self.broken {
                if let match = text.firstMatch(of: try Regex(pattern)) {
                    let start = text.index(match.range.lowerBound, offsetBy: -60, limitedBy: text.startIndex) ?? text.startIndex
                    let around = String(text[start..<match.range.upperBound]).replacingOccurrences(of: "\n", with: " ")
                    Issue.record("\(path): \(what): …\(around)")
                }
            }
            if path.hasPrefix("summary") {
                #expect(!page.contains(folder.path), "\(path) names a local path")
            }
        }
    }
}
