import PropertyBased
import Testing
@testable import SyncReportKit

@Suite struct LiteralScannerTests {
    @Test func findsOverlappingAndNestedLiterals() {
        let literals = ["he", "she", "his", "hers", "the record"].map { Array($0.utf8) }
        #expect(ids(LiteralScanner(literals).scan("USHERS saw THE RECORD")) == [0, 1, 3, 4])
    }

    /// Any text, any literals: the same set as searching for each literal on its own, ignoring ASCII case.
    @Test func agreesWithSearchingEachLiteral() async {
        let letters = Gen.element(of: Array("abAB c.".utf8)).map { $0 ?? 0x61 }
        await propertyCheck(count: 400, input: letters.array(of: 1...4).array(of: 1...6), letters.array(of: 0...40)) { literals, text in
            let lowercased = literals.map { $0.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 } }
            let found = Set(ids(text.withUnsafeBufferPointer(LiteralScanner(lowercased).scan)))
            let lowerText = text.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }
            for (id, literal) in lowercased.enumerated() {
                let present = lowerText.count >= literal.count && (0...(lowerText.count - literal.count)).contains { start in
                    Array(lowerText[start..<start + literal.count]) == literal
                }
                #expect(found.contains(id) == present, "\(literal) in \(text)")
            }
        }
    }

    private func ids(_ found: LiteralScanner.Found) -> [Int] {
        var ids: [Int] = []
        found.forEach { ids.append($0) }
        return ids
    }
}
