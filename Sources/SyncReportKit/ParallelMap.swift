import Foundation

extension Array where Element: Sendable {
    /// `map` spread over the processor's cores in contiguous chunks; order is kept. Small arrays, where
    /// starting threads costs more than it saves, are mapped on the calling thread.
    func parallelMap<T: Sendable>(minimumChunk: Int = 2_048, _ transform: @Sendable (Element) -> T) -> [T] {
        let workers = Swift.max(1, Swift.min(ProcessInfo.processInfo.activeProcessorCount, count / minimumChunk))
        guard workers > 1 else { return map(transform) }
        // A few chunks per core, so a core that finishes early takes another instead of waiting.
        let chunks = Swift.min(workers * 4, count / minimumChunk)
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            // Each chunk initialises its own disjoint slice of the buffer.
            nonisolated(unsafe) let output = buffer.baseAddress!
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                for index in count * chunk / chunks..<count * (chunk + 1) / chunks {
                    (output + index).initialize(to: transform(self[index]))
                }
            }
            initialized = count
        }
    }
}

extension Range<Int> {
    /// `transform` applied to contiguous parts of the range, one per core, in order.
    func parallelChunks<T: Sendable>(minimumChunk: Int = 16_384, _ transform: @Sendable (Range<Int>) -> T) -> [T] {
        let workers = Swift.max(1, Swift.min(ProcessInfo.processInfo.activeProcessorCount, count / minimumChunk))
        return (0..<workers).map { worker in
            lowerBound + count * worker / workers..<lowerBound + count * (worker + 1) / workers
        }.parallelMap(minimumChunk: 1, transform)
    }
}

extension Array where Element: Hashable & Sendable {
    /// The distinct elements in the order first seen, and for each element the position of its equal among
    /// them. Parts are de-duplicated on all cores and then merged, so only distinct elements are hashed twice.
    func distinctWithSlots() -> (distinct: [Element], slots: [Int]) {
        let parts = indices.parallelChunks { positions in
            var seen: [Element: Int] = [:]
            var distinct: [Element] = []
            let slots = positions.map { position in Self.slot(of: self[position], seen: &seen, distinct: &distinct) }
            return (distinct: distinct, slots: slots)
        }
        var seen: [Element: Int] = [:]
        var distinct: [Element] = []
        var slots: [Int] = []
        slots.reserveCapacity(count)
        for part in parts {
            let global = part.distinct.map { Self.slot(of: $0, seen: &seen, distinct: &distinct) }
            slots.append(contentsOf: part.slots.lazy.map { global[$0] })
        }
        return (distinct, slots)
    }

    private static func slot(of element: Element, seen: inout [Element: Int], distinct: inout [Element]) -> Int {
        if let slot = seen[element] { return slot }
        seen[element] = distinct.count
        distinct.append(element)
        return distinct.count - 1
    }
}
