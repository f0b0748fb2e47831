import PropertyBased
import Testing
@testable import SyncReportKit

/// The helpers that spread a night's work over the cores give what their one-thread versions give.
@Suite struct ParallelMapTests {
    @Test(arguments: [0, 1, 2_047, 2_048, 100_003])
    func parallelMapKeepsOrder(count: Int) {
        let values = Array(0..<count)
        #expect(values.parallelMap { $0 * 3 } == values.map { $0 * 3 })
    }

    @Test(arguments: [0, 1, 16_384, 100_003])
    func chunksCoverTheRangeInOrder(count: Int) {
        let chunks = (5..<(5 + count)).parallelChunks { $0 }
        #expect(chunks.flatMap { Array($0) } == Array(5..<(5 + count)))
    }

    @Test func distinctElementsAndSlotsAreThoseOfOneThread() async {
        // Large enough to be split into parts, with values repeating across the parts.
        await propertyCheck(count: 20, input: Gen.int(in: 0...999).array(of: 30_000...70_000)) { values in
            let (distinct, slots) = values.indices.distinctWithSlots { values[$0] }
            var seen: [Int: Int] = [:]
            var expected: [Int] = []
            let expectedSlots = values.map { value in
                if let slot = seen[value] { return slot }
                seen[value] = expected.count
                expected.append(value)
                return expected.count - 1
            }
            #expect(distinct == expected)
            #expect(slots == expectedSlots)
        }
    }
}
