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

/// The labelled messages of the shared corpus (`Fixtures/corpus/messages.tsv`, a copy of the team's corpus).
struct CorpusMessage: Sendable, CustomTestStringConvertible {
    let id: String
    let cause: String
    let template: String
    let example: String

    var testDescription: String { "\(id) (\(cause))" }

    static let all: [CorpusMessage] = {
        let text = try! String(contentsOf: Fixtures.url("corpus/messages.tsv"), encoding: .utf8)
        return text.split(separator: "\n").dropFirst().map { line in
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return CorpusMessage(id: columns[0], cause: columns[1], template: columns[2], example: columns[3])
        }
    }()
}
