import Foundation
import Testing
@testable import SyncReportKit

/// Every input kept from fuzzing (`Fuzz/run`), and the hostile inputs it started from, through the same entry
/// points as the fuzz targets: each ends, in bounded time, with a result or an error, never a crash.
@Suite struct FuzzReplayTests {
    /// The entry point of each fuzz target in `Fuzz/Sources`.
    static let targets: [(name: String, run: @Sendable ([UInt8]) -> Void)] = [
        ("CSV", { _ = try? CSVImport(options: ImportOptions()).run(InputFile(name: "fuzz.csv", bytes: $0)) }),
        ("JSON", { _ = try? JSONImport(options: ImportOptions()).run(InputFile(name: "fuzz.json", bytes: $0)) }),
        ("XLSX", { _ = try? XLSXImport(options: ImportOptions()).run(InputFile(name: "fuzz.xlsx", bytes: $0)) }),
        ("PreviousReport", { _ = try? PreviousReportParser(bytes: $0, file: "data.json").parse() }),
        ("RuleFile", { bytes in
            let text = String(decoding: bytes, as: UTF8.self)
            if let rules = try? RuleFile.parse(text, file: "fuzz.yml") {
                _ = Classifier(rules: RuleSet(rules)).classify(text, record: "Customer: C1", mapping: "CUSTOMER")
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
