@testable import SyncReportKit

/// libFuzzer's entry: one CSV export, read as `generate` reads it. An error is a fine outcome; a crash, a
/// hang or unbounded memory is not.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    _ = try? CSVImport(options: ImportOptions()).run(InputFile(name: "fuzz.csv", bytes: Array(UnsafeBufferPointer(start: data, count: count))))
    return 0
}
