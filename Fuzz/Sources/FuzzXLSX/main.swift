import Foundation
import FuzzDriver
@testable import SyncReportKit

// One Excel workbook, unpacked and read as `generate` reads it.
@_cdecl("LLVMFuzzerTestOneInput")
func test(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    _ = try? XLSXImport(options: ImportOptions()).run(InputFile(name: "fuzz.xlsx", bytes: bytes(data, count)))
    return 0
}

exit(fuzz(test))
