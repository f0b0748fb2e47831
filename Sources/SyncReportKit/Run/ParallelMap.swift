import Foundation

/// Runs the two on two cores at once: `second` on a thread of its own, so either may itself spread work over
/// every core (a nested `concurrentPerform` would run its iterations one at a time).
func concurrently<A: Sendable, B: Sendable>(_ first: () -> A, _ second: @escaping @Sendable () -> B) -> (A, B) {
    let handover = Handover<B>()
    Thread { handover.give(second()) }.start()
    let a = first()
    return (a, handover.take())
}

/// A value one thread hands to another, once.
private final class Handover<Value: Sendable>: @unchecked Sendable {
    // Written once before `given` is signalled, and read only after waiting for it.
    private var value: Value?
    private let given = DispatchSemaphore(value: 0)

    func give(_ value: Value) {
        self.value = value
        given.signal()
    }

    func take() -> Value {
        given.wait()
        return value!
    }
}

extension RandomAccessCollection where Index == Int, Element: Sendable, Self: Sendable {
    /// `map` spread over the processor's cores in contiguous chunks; order is kept. Small arrays, where
    /// starting threads costs more than it saves, are mapped on the calling thread. `chunksPerWorker` chunks
    /// a core, so a core that finishes early takes another instead of waiting.
    func parallelMap<T: Sendable>(
        minimumChunk: Int = 2_048, chunksPerWorker: Int = 4, _ transform: @Sendable (Element) -> T
    ) -> [T] {
        let workers = Swift.max(1, Swift.min(ProcessInfo.processInfo.activeProcessorCount, count / minimumChunk))
        guard workers > 1 else { return map(transform) }
        let chunks = Swift.min(workers * chunksPerWorker, count / minimumChunk)
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            // Each chunk initialises its own disjoint slice of the buffer.
            nonisolated(unsafe) let output = buffer.baseAddress!
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                for index in count * chunk / chunks..<count * (chunk + 1) / chunks {
                    (output + index).initialize(to: transform(self[startIndex + index]))
                }
            }
            initialized = count
        }
    }
}

extension Range<Int> {
    /// `transform` applied to contiguous parts of the range, in order: one per core, or `chunksPerWorker` per
    /// core when parts take uneven time, so a core that finishes early takes another.
    func parallelChunks<T: Sendable>(
        minimumChunk: Int = 16_384, chunksPerWorker: Int = 1, _ transform: @Sendable (Range<Int>) -> T
    ) -> [T] {
        let workers = Swift.max(1, Swift.min(ProcessInfo.processInfo.activeProcessorCount, count / minimumChunk))
        let chunks = workers == 1 ? 1 : workers * chunksPerWorker
        return (0..<chunks).map { chunk in
            lowerBound + count * chunk / chunks..<lowerBound + count * (chunk + 1) / chunks
        }.parallelMap(minimumChunk: 1, chunksPerWorker: chunksPerWorker, transform)
    }
}

extension Range<Int> {
    /// `element(i)` for every position, de-duplicated: the distinct elements in the order first seen, and for
    /// each position the place of its element among them. Parts are made and de-duplicated on all cores, then
    /// merged, so only distinct elements are hashed twice and the elements of all positions are never held at once.
    func distinctWithSlots<Element: Hashable & Sendable>(
        _ element: @Sendable (Int) -> Element
    ) -> (distinct: [Element], slots: [Int]) {
        let parts = parallelChunks { positions in
            var seen: [Element: Int] = [:]
            var distinct: [Element] = []
            let slots = positions.map { position in slot(of: element(position), seen: &seen, distinct: &distinct) }
            return (distinct: distinct, slots: slots)
        }
        var seen: [Element: Int] = [:]
        var distinct: [Element] = []
        var slots: [Int] = []
        slots.reserveCapacity(count)
        for part in parts {
            let global = part.distinct.map { slot(of: $0, seen: &seen, distinct: &distinct) }
            slots.append(contentsOf: part.slots.lazy.map { global[$0] })
        }
        return (distinct, slots)
    }
}

private func slot<Element: Hashable>(of element: Element, seen: inout [Element: Int], distinct: inout [Element]) -> Int {
    if let slot = seen[element] { return slot }
    seen[element] = distinct.count
    distinct.append(element)
    return distinct.count - 1
}
