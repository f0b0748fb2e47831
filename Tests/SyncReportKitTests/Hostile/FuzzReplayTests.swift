import Foundation
import Testing
@testable import SyncReportKit

/// Every input kept from fuzzing (`Fuzz/run`), and the hostile inputs it started from, through the same entry
/// points as the fuzz targets: each ends, in bounded time, with a result or an error, never a crash.
@Suite struct FuzzReplayTests {
    /// Each reader as `Fuzz/Sources/Fuzz/main.swift` calls it (the fuzz package cannot be imported here).
    static let targets: [(name: String, run: @Sendable ([UInt8]) -> Void)] = [
        ("CSV", { _ = try? CSVImport(options: ImportOptions()).run(InputFile(name: "fuzz.csv", bytes: $0)) }),
        ("JSON", { _ = try? JSONImport(options: ImportOptions()).run(InputFile(name: "fuzz.json", bytes: $0)) }),
        ("XLSX", { _ = try? XLSXImport(options: ImportOptions()).run(InputFile(name: "fuzz.xlsx", bytes: $0)) }),
        ("PreviousReport", { _ = try? PreviousReportParser(bytes: $0, file: "data.json").parse() }),
        ("RuleFile", { bytes in
            let text = String(decoding: bytes, as: UTF8.self)
            if let rules = try? RuleFile.parse(text, file: "fuzz.yml") {
                _ = Classifier(rules: RuleSet(rules)).classify(text)
            }
        }),
    ]

    @Test(arguments: targets.map(\.name))
    func everyKeptInputEndsInBoundedTime(target: String) throws {
        let folder = Fixtures.url("fuzz").appendingPathComponent(target)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(!names.isEmpty)
        let run = try #require(Self.targets.first { $0.name == target }).run
        for name in names {
            let bytes = try FileParts.contents(of: folder.appendingPathComponent(name).path)
            let start = DispatchTime.now().uptimeNanoseconds
            run(bytes)
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            #expect(seconds < 5, "\(target)/\(name) took \(seconds) s")
        }
    }
}

extension FuzzReplayTests {
    /// What each hostile export of the issue's list comes to: an error or a rejected row at its file, line and
    /// column, in words an administrator can act on; or, for the zip-slip workbook, a night read without any
    /// entry name becoming a path (nothing is unpacked to disk).
    @Test(arguments: [
        ("CSV/binary.csv", "fuzz.csv:3:115: error: byte 0x80 is not UTF-8"),
        ("CSV/text-after-quote.csv", "fuzz.csv:2:17: error: all 1 rows of fuzz.csv were rejected, the first because text after the closing quote"),
        ("CSV/unclosed-quote.csv", "fuzz.csv:2:14: error: all 1 rows of fuzz.csv were rejected, the first because quoted field is not closed"),
        ("CSV/utf16-without-bom.csv", "fuzz.csv:1:1: error: the text looks like UTF-16 LE without a byte order mark"),
        ("JSON/bad-escape.json", "fuzz.json:1:42: error: malformed JSON: expected a low surrogate"),
        ("JSON/nested-unclosed.json", "fuzz.json:1:50010: error: malformed JSON: expected a value, found the end of the file"),
        ("JSON/truncated.json", "fuzz.json:1:45: error: malformed JSON"),
        ("JSON/nested-deep.json", "fuzz.json:1:1: error: the page has no rows with fields"),
        ("XLSX/sheet-not-xml.xlsx", "fuzz.xlsx[xl/worksheets/sheet1.xml]:1:1: error:"),
        ("XLSX/truncated.xlsx", "fuzz.xlsx: error: cannot read the Excel workbook"),
        ("XLSX/directory-cut-short.xlsx", "fuzz.xlsx: error: cannot read the Excel workbook: it is not a zip package, or its directory is damaged"),
    ])
    func aHostileExportEndsInAnErrorAtItsPlace(file: String, expected: String) throws {
        let bytes = try FileParts.contents(of: Fixtures.url("fuzz").appendingPathComponent(file).path)
        let name = "fuzz." + (file as NSString).pathExtension
        do {
            let dataset = try Importer().run([InputFile(name: name, bytes: bytes)])
            Issue.record("\(file) was read: \(dataset.errors.count) errors")
        } catch {
            #expect(error.description.hasPrefix(expected), "\(error.description)")
        }
    }

    @Test func aByteOrderMarkInsideAFileRejectsOnlyItsRow() throws {
        let bytes = try FileParts.contents(of: Fixtures.url("fuzz/CSV/bom-mid-file.csv").path)
        let dataset = try Importer().run([InputFile(name: "fuzz.csv", bytes: bytes)])
        #expect(dataset.errors.count == 1)
        #expect(dataset.rejected.map(\.location) == [SourceLocation(file: "fuzz.csv", line: 3, column: 1)])
    }

    @Test func zipSlipEntryNamesNeverBecomePaths() throws {
        let bytes = try FileParts.contents(of: Fixtures.url("fuzz/XLSX/zip-slip.xlsx").path)
        let folder = try Fixtures.temporaryFolder()
        let before = try FileManager.default.contentsOfDirectory(atPath: folder.deletingLastPathComponent().path)
        #expect(try !Importer().run([InputFile(name: "fuzz.xlsx", bytes: bytes)]).errors.isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.deletingLastPathComponent().path) == before)
        #expect(!FileManager.default.fileExists(atPath: "/abs/evil.txt"))
    }
}
