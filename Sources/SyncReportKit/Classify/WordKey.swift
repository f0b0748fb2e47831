/// A word of up to 16 UTF-8 bytes packed into two integers, so looking it up in a vocabulary hashes two numbers
/// and allocates nothing. Longer words are in no vocabulary.
struct WordKey: Hashable {
    static let capacity = 16
    private var low: UInt64 = 0
    private var high: UInt64 = 0
    /// Bytes appended, those past the capacity included.
    private(set) var length = 0

    init() {}

    /// Nil for longer words.
    init?(_ word: some Collection<UInt8>, lowercased: Bool = false) {
        guard word.count <= Self.capacity else { return nil }
        for byte in word { append(lowercased ? MaskByte.lowercased(byte) : byte) }
    }

    init(_ text: StaticString) {
        self.init(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))!
    }

    var isEmpty: Bool { length == 0 }
    /// Whether every byte appended is kept: a longer word is counted, not stored.
    var fits: Bool { length <= Self.capacity }

    mutating func append(_ byte: UInt8) {
        if length < 8 {
            low |= UInt64(byte) << (8 * length)
        } else if length < Self.capacity {
            high |= UInt64(byte) << (8 * (length - 8))
        }
        length += 1
    }
}
