import Foundation
import FuzzDriver
@testable import SyncReportKit

// A previous report's data.json, which anyone who can write the report folder controls.
@_cdecl("LLVMFuzzerTestOneInput")
func test(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    _ = try? PreviousReportParser(bytes: bytes(data, count), file: "data.json").parse()
    return 0
}

exit(fuzz(test))
