import Foundation
import FuzzDriver
@testable import SyncReportKit

// One CSV export, read as `generate` reads it. An error is a fine outcome; a crash, a hang or unbounded
// memory is not.
@_cdecl("LLVMFuzzerTestOneInput")
func test(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    _ = try? CSVImport(options: ImportOptions()).run(InputFile(name: "fuzz.csv", bytes: bytes(data, count)))
    return 0
}

exit(fuzz(test))
