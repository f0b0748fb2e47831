@testable import SyncReportKit

/// libFuzzer's entry: one Excel workbook, unpacked and read as `generate` reads it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    _ = try? XLSXImport(options: ImportOptions()).run(InputFile(name: "fuzz.xlsx", bytes: Array(UnsafeBufferPointer(start: data, count: count))))
    return 0
}
