/// Finds values in quotes — '…', "…", „…“, ‚…‘, “…”, ‘…’, «…», »…«, ‹…› — and replaces each by one
/// marker, before the text is split into words, because a quoted value may hold spaces.
enum QuotedValues {
    /// An opening quote and the quotes that may close it, as UTF-8.
    private struct Pair {
        let open: [UInt8]
        let closers: [[UInt8]]
    }

    private static let apostrophe: [UInt8] = [0x27]
    private static let rightSingle: [UInt8] = [0xE2, 0x80, 0x99]
    private static let pairs: [Pair] = [
        Pair(open: apostrophe, closers: [apostrophe, rightSingle]),
        Pair(open: [0x22], closers: [[0x22]]),
        Pair(open: [0xE2, 0x80, 0x9E], closers: [[0xE2, 0x80, 0x9C], [0xE2, 0x80, 0x9D]]),
        Pair(open: [0xE2, 0x80, 0x9A], closers: [[0xE2, 0x80, 0x98], rightSingle]),
        Pair(open: [0xE2, 0x80, 0x9C], closers: [[0xE2, 0x80, 0x9D]]),
        Pair(open: [0xE2, 0x80, 0x98], closers: [rightSingle]),
        Pair(open: [0xC2, 0xAB], closers: [[0xC2, 0xBB]]),
        Pair(open: [0xC2, 0xBB], closers: [[0xC2, 0xAB]]),
        Pair(open: [0xE2, 0x80, 0xB9], closers: [[0xE2, 0x80, 0xBA]]),
    ]

    /// A longer "quote" is more likely an apostrophe pairing with a stray quote far away than a value.
    private static let maximumLength = 200

    static func mask(_ text: [UInt8]) -> [UInt8] {
        guard text.contains(where: { $0 == 0x27 || $0 == 0x22 || $0 >= 0xC2 }) else { return text }
        var output: [UInt8] = []
        output.reserveCapacity(text.count)
        var index = 0
        while index < text.count {
            if canOpen(text, at: index), let end = quoteEnd(text, at: index) {
                output.append(MaskKind.marker)
                output.append(MaskKind.quoted.rawValue)
                index = end
            } else {
                output.append(text[index])
                index += 1
            }
        }
        return output
    }

    /// A quote opens a value at the start of a word or after `(`, `=`, `:`, `,`, `/`: never inside a word (doesn't).
    private static func canOpen(_ text: [UInt8], at index: Int) -> Bool {
        guard index > 0 else { return true }
        switch text[index - 1] {
        case 0x20, 0x28, 0x5B, 0x7B, 0x3D, 0x3A, 0x2C, 0x2F: return true
        default: return false
        }
    }

    /// The index after the closing quote of a value opening at `index`, if one closes it.
    private static func quoteEnd(_ text: [UInt8], at index: Int) -> Int? {
        guard let pair = pairs.first(where: { starts(text, at: index, with: $0.open) }) else { return nil }
        let contentStart = index + pair.open.count
        var position = contentStart
        let limit = min(text.count, contentStart + maximumLength)
        while position < limit {
            for closer in pair.closers where starts(text, at: position, with: closer) {
                let after = position + closer.count
                // A closing quote followed by a letter or digit is an apostrophe inside the value (O'Brien).
                if after == text.count || endsValue(text[after]) { return after }
            }
            position += 1
        }
        return nil
    }

    /// Punctuation, a space or a symbol; not a letter of any script (é starts with 0xC3).
    private static func endsValue(_ byte: UInt8) -> Bool {
        byte < 0x80 ? !MaskByte.isAlphanumeric(byte) : byte == 0xC2 || byte == 0xE2
    }

    private static func starts(_ text: [UInt8], at index: Int, with prefix: [UInt8]) -> Bool {
        guard index + prefix.count <= text.count else { return false }
        for offset in 0..<prefix.count where text[index + offset] != prefix[offset] { return false }
        return true
    }
}
