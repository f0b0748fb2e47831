import Foundation
import FuzzDriver
@testable import SyncReportKit

// A user's rule file, then one message classified by the rules it holds.
@_cdecl("LLVMFuzzerTestOneInput")
func test(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let text = String(decoding: bytes(data, count), as: UTF8.self)
    if let rules = try? RuleFile.parse(text, file: "fuzz.yml") {
        _ = Classifier(rules: RuleSet(rules)).classify(text, record: "Customer: C1", mapping: "CUSTOMER")
    }
    return 0
}

exit(fuzz(test))
