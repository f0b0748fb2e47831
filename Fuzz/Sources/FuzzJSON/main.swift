import Foundation
import FuzzDriver
@testable import SyncReportKit

// One OData JSON page, read as `generate` reads it.
@_cdecl("LLVMFuzzerTestOneInput")
func test(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    _ = try? JSONImport(options: ImportOptions()).run(InputFile(name: "fuzz.json", bytes: bytes(data, count)))
    return 0
}

exit(fuzz(test))
