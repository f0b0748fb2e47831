@testable import SyncReportKit

/// libFuzzer's entry: one OData JSON page, read as `generate` reads it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    _ = try? JSONImport(options: ImportOptions()).run(InputFile(name: "fuzz.json", bytes: Array(UnsafeBufferPointer(start: data, count: count))))
    return 0
}
