@testable import SyncReportKit

/// libFuzzer's entry: a previous report's data.json, which anyone who can write the report folder controls.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    _ = try? PreviousReportParser(bytes: Array(UnsafeBufferPointer(start: data, count: count)), file: "data.json").parse()
    return 0
}
