import Foundation
@testable import SyncReportKit

// One libFuzzer binary for every reader of untrusted input, the reader named by SYNCREPORT_FUZZ_TARGET (an
// environment variable, which the workers libFuzzer starts inherit). FuzzReplayTests replays the kept inputs
// through the same calls.

/// Each reader as `generate` runs it. An error is a fine outcome; a crash, a hang or unbounded memory is not.
let targets: [String: ([UInt8]) -> Void] = [
    "CSV": { _ = try? CSVImport(options: ImportOptions()).run(InputFile(name: "fuzz.csv", bytes: $0)) },
    "JSON": { _ = try? JSONImport(options: ImportOptions()).run(InputFile(name: "fuzz.json", bytes: $0)) },
    "XLSX": { _ = try? XLSXImport(options: ImportOptions()).run(InputFile(name: "fuzz.xlsx", bytes: $0)) },
    // A previous report's data.json, which anyone who can write the report folder controls.
    "PreviousReport": { _ = try? PreviousReportParser(bytes: $0, file: "data.json").parse() },
    // A user's rule file, then one message classified by the rules it holds.
    "RuleFile": { bytes in
        let text = String(decoding: bytes, as: UTF8.self)
        if let rules = try? RuleFile.parse(text, file: "fuzz.yml") {
            _ = Classifier(rules: RuleSet(rules)).classify(text)
        }
    },
]

guard let name = ProcessInfo.processInfo.environment["SYNCREPORT_FUZZ_TARGET"], let target = targets[name] else {
    FileHandle.standardError.write(Data("set SYNCREPORT_FUZZ_TARGET to one of \(targets.keys.sorted().joined(separator: ", "))\n".utf8))
    exit(2)
}
nonisolated(unsafe) let chosen = target

@_cdecl("LLVMFuzzerTestOneInput")
func test(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    chosen(Array(UnsafeBufferPointer(start: data, count: count)))
    return 0
}

/// libFuzzer's driver. SwiftPM points `main` at this module's entry, so libFuzzer's own `main` never runs.
@_silgen_name("LLVMFuzzerRunDriver")
func runDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ test: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

var argc = CommandLine.argc
var argv = CommandLine.unsafeArgv
exit(runDriver(&argc, &argv, test))
