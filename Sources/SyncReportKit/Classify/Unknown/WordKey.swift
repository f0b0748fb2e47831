/// A word of up to 8 ASCII bytes packed into an integer, so looking up the vocabulary allocates nothing.
struct WordKey: Hashable {
    let bits: UInt64

    /// Nil for longer words, which no vocabulary list holds.
    init?(_ word: some Collection<UInt8>, lowercased: Bool = false) {
        guard word.count <= 8 else { return nil }
        var bits: UInt64 = 0
        for byte in word {
            guard byte < 0x80 else { return nil }
            bits = bits << 8 | UInt64(lowercased ? MaskByte.lowercased(byte) : byte)
        }
        self.bits = bits
    }

    init(_ text: StaticString) {
        self.init(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))!
    }
}
