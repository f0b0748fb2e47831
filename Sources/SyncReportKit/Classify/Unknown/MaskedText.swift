/// A normalised message split into words, which the masking steps rewrite in place and which then renders as
/// the template.
struct MaskedText {
    let bytes: [UInt8]
    var words: [MaskWord]

    /// `bytes` already has its quoted values replaced by markers.
    init(bytes: [UInt8]) {
        self.bytes = bytes
        words = []
        var start = 0
        for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x20 {
            if index > start { words.append(Self.word(bytes, start..<index)) }
            start = index + 1
        }
    }

    /// Splits a word into leading brackets, core and trailing punctuation; a closing bracket stays in the core
    /// when the core opens it: `right(s)`, `1M(8D)`.
    private static func word(_ bytes: [UInt8], _ range: Range<Int>) -> MaskWord {
        var coreStart = range.lowerBound
        while coreStart < range.upperBound, bytes[coreStart] == 0x28 || bytes[coreStart] == 0x5B || bytes[coreStart] == 0x7B {
            coreStart += 1
        }
        var coreEnd = range.upperBound
        trailing: while coreEnd > coreStart {
            let byte = bytes[coreEnd - 1]
            switch byte {
            case 0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x25:
                coreEnd -= 1
            case 0x29, 0x5D, 0x7D:
                let opener: UInt8 = byte == 0x29 ? 0x28 : byte == 0x5D ? 0x5B : 0x7B
                let core = bytes[coreStart..<coreEnd]
                if core.count(where: { $0 == opener }) >= core.count(where: { $0 == byte }) { break trailing }
                coreEnd -= 1
            default:
                break trailing
            }
        }
        return MaskWord(lead: range.lowerBound..<coreStart, core: coreStart..<coreEnd, trail: coreEnd..<range.upperBound)
    }

    func core(_ index: Int) -> ArraySlice<UInt8> { bytes[words[index].core] }
    func lead(_ index: Int) -> ArraySlice<UInt8> { bytes[words[index].lead] }
    func trail(_ index: Int) -> ArraySlice<UInt8> { bytes[words[index].trail] }

    /// Whether a sentence ends after this word: its trailing punctuation holds `.`, `?` or `!`.
    func endsSentence(_ index: Int) -> Bool {
        trail(index).contains { $0 == 0x2E || $0 == 0x3F || $0 == 0x21 }
    }

    /// A capitalised word that can start a caption or name, or a constant name. Inside a caption a capitalised
    /// function word continues it ("Phone No.").
    func isCaptionWord(_ index: Int, inside: Bool = false) -> Bool {
        guard index < words.count, words[index].isText else { return false }
        if words[index].isConstant { return true }
        let core = core(index)
        if core.first == 0x23 { return core.count == 1 || MaskByte.startsUpper(core.dropFirst()) }
        return MaskByte.startsUpper(core) && (inside || !MaskVocabulary.isFunctionWord(core))
    }

    /// A capitalised word with lower-case letters: an upper-case word before it starts a name ("CRONUS International").
    func isNameWord(_ index: Int) -> Bool {
        guard index < words.count, lead(index).isEmpty, !words[index].isConstant else { return false }
        let core = core(index)
        return MaskByte.startsUpper(core) && core.contains(where: MaskByte.isLower) && !MaskVocabulary.isFunctionWord(core)
    }

    /// A code, number or GUID that can be a record's key.
    func isKey(_ index: Int) -> Bool {
        index < words.count && !words[index].isRemoved && lead(index).isEmpty && (words[index].value?.isKey ?? false)
    }

    /// The core of a word that is plain text and no constant name, for looking up cue words.
    func plainCore(_ index: Int) -> ArraySlice<UInt8>? {
        guard index >= 0, index < words.count, words[index].isText, !words[index].isConstant else { return nil }
        return core(index)
    }

    /// The word before, skipping words a value absorbed.
    func previousWord(_ index: Int) -> Int? {
        words[..<index].lastIndex { !$0.isRemoved }
    }

    /// Whether the word opens the message or follows a word ending a sentence.
    func startsSentence(_ index: Int) -> Bool {
        guard let previous = previousWord(index) else { return true }
        return endsSentence(previous)
    }

    func followsColon(_ index: Int) -> Bool {
        guard let previous = previousWord(index) else { return false }
        return trail(previous).last == 0x3A
    }

    func continuesInLowerCase(_ index: Int) -> Bool {
        index < words.count && words[index].isText && lead(index).isEmpty && MaskByte.startsLower(core(index))
    }

    /// Replaces words `first...last` by one value; the value keeps the first word's lead and the last word's trail.
    mutating func replace(_ first: Int, through last: Int, with kind: MaskKind) {
        words[first].trail = words[last].trail
        words[first].value = kind
        words[first].compound = nil
        words[first].isConstant = false
        if last > first {
            for index in (first + 1)...last { words[index].isRemoved = true }
        }
    }
}
