import Foundation
import Testing
import SyncReportKit

/// Test inputs shipped in `Fixtures/`, and a private temporary folder per test.
enum Fixtures {
    static func url(_ name: String) -> URL {
        Bundle.module.resourceURL!.appendingPathComponent("Fixtures").appendingPathComponent(name)
    }

    static func input(_ name: String) throws -> InputFile {
        InputFile(name: name, bytes: [UInt8](try Data(contentsOf: url(name))))
    }

    static func input(_ name: String, text: String) -> InputFile {
        InputFile(name: name, bytes: Array(text.utf8))
    }

    /// The smallest page the report schema accepts, around `body` (which starts on line 4).
    static func page(_ body: String) -> [UInt8] {
        Array("""
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en">
            <head><meta charset="utf-8"/><title>t</title></head>
            \(body)</html>

            """.utf8)
    }

    /// Writes a sample night's exports into `folder` and returns their paths. With `daysLater`, the night is
    /// moved that many days on, as the next night's exports of the same tenant, and the names say so.
    static func sampleNight(in folder: URL, seed: UInt64 = 7, daysLater days: Int = 0) throws -> [String] {
        try SampleGenerator(seed: seed).files().map { file in
            var text = String(decoding: file.contents, as: UTF8.self)
            for day in (24...27).reversed() where days > 0 {
                text = text.replacingOccurrences(of: "2026-11-\(day)", with: "2026-11-\(day + days)")
            }
            let url = folder.appendingPathComponent(days > 0 ? "\(days)-\(file.name)" : file.name)
            try Data(text.utf8).write(to: url)
            return url.path
        }
    }

    static func temporaryFolder() throws -> URL {
        let url = testRun.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// One folder for every temporary folder of this test run, removed when the run ends: thousands of nights
    /// left behind in the temporary folder would slow every file created there.
    private static let testRun: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("syncreport-test-\(getpid())")
        atexit { try? FileManager.default.removeItem(at: Fixtures.testRun) }
        return url
    }()
}

/// A labelled message: the shared corpus (`Fixtures/corpus/messages.tsv`, a copy of the team's corpus) and the
/// messages collected from Business Central's sources, Dataverse's reference and issue threads
/// (`Fixtures/messages/*.tsv`), and their translations (`Fixtures/messages/translated/*.tsv`). Columns: id, cause,
/// template, example, source, and for translations the language.
struct CorpusMessage: Sendable, CustomTestStringConvertible {
    let id: String
    let cause: String
    let template: String
    let example: String
    let source: String
    var language = "en"

    var testDescription: String { "\(id) (\(cause))" }

    /// The source as rules name it: a Business Central file's name (`CRMIntTableSubscriber.Codeunit.al`), a
    /// document's name, or a thread's address.
    var sourceKey: String { Self.key(of: source) }

    /// A source as rules and messages both name it: a rule's `source:` may give the whole path.
    static func key(of source: String) -> String {
        let cited = source.components(separatedBy: " (").first ?? source
        if cited.contains("://") { return cited }
        return cited.split(separator: "/").last.map(String.init) ?? cited
    }

    static let all = load("corpus/messages.tsv")

    static let collected: [CorpusMessage] = files(in: "messages").flatMap { load("messages/\($0)") }

    static let translated: [CorpusMessage] = files(in: "messages/translated").flatMap { load("messages/translated/\($0)") }

    private static func files(in folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: Fixtures.url(folder).path)) ?? []
        return names.filter { $0.hasSuffix(".tsv") }.sorted()
    }

    private static func load(_ name: String) -> [CorpusMessage] {
        let text = try! String(contentsOf: Fixtures.url(name), encoding: .utf8)
        let lines = text.split(separator: "\n")
        let header = lines[0].split(separator: "\t").map(String.init)
        return lines.dropFirst().map { line in
            let values = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            let column = { (name: String) in header.firstIndex(of: name).map { values[$0] } ?? "" }
            return CorpusMessage(
                id: column("id"), cause: column("cause"), template: column("template"), example: column("example"),
                source: column("source"), language: header.contains("language") ? column("language") : "en")
        }
    }
}
