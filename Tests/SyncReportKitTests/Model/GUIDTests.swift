import PropertyBased
import Testing
@testable import SyncReportKit

@Suite struct GUIDTests {
    @Test(arguments: [
        "3f2504e0-4f89-11d3-9a0c-0305e82c3301", "3F2504E0-4F89-11D3-9A0C-0305E82C3301", "{3F2504E0-4F89-11D3-9A0C-0305E82C3301}",
    ])
    func everySpellingIsTheSameGUID(text: String) throws {
        let guid = try #require(GUID(text))
        #expect(guid == GUID("3f2504e0-4f89-11d3-9a0c-0305e82c3301"))
        #expect(guid.value == "3f2504e0-4f89-11d3-9a0c-0305e82c3301")
    }

    @Test(arguments: ["", "3f2504e0-4f89-11d3-9a0c-0305e82c330", "3f2504e0x4f89-11d3-9a0c-0305e82c3301", "3g2504e0-4f89-11d3-9a0c-0305e82c3301", "{3f2504e0-4f89-11d3-9a0c-0305e82c3301"])
    func otherTextIsNoGUID(text: String) {
        #expect(GUID(text) == nil)
    }

    @Test func theNullGUIDIsKnown() throws {
        #expect(try #require(GUID("00000000-0000-0000-0000-000000000000")).isNull)
        #expect(try !#require(GUID("00000000-0000-0000-0000-000000000001")).isNull)
    }

    /// Kept as bits, a GUID still sorts as its canonical text, so pages list records in the same order.
    @Test func orderIsTheOrderOfTheCanonicalText() async {
        let hex = Gen.element(of: Array("0123456789abcdefABCDEF")).map { $0 ?? "0" }
        let guidText = hex.array(of: 32).map { digits in
            let text = String(digits)
            return [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { range in
                String(text.dropFirst(range.lowerBound).prefix(range.count))
            }.joined(separator: "-")
        }
        await propertyCheck(count: 300, input: guidText, guidText) { left, right in
            let (a, b) = (GUID(left)!, GUID(right)!)
            #expect(a.value == left.lowercased())
            #expect((a < b) == (left.lowercased() < right.lowercased()))
        }
    }
}
