/// The first masking step: constant names, then values recognisable by their own shape, word by word.
extension MaskedText {
    mutating func markConstants() {
        var index = 0
        while index < words.count {
            let length = constantLength(at: index)
            for offset in 0..<length { words[index + offset].isConstant = true }
            index += max(length, 1)
        }
    }

    /// How many words from `index` form a constant name, or 0.
    private func constantLength(at index: Int) -> Int {
        guard MaskByte.startsUpper(core(index)) else { return 0 }
        let candidates = MaskVocabulary.constantPhrases(startingWith: core(index))
        phrases: for phrase in candidates where index + phrase.count <= words.count {
            for (offset, word) in phrase.enumerated() {
                let position = index + offset
                guard core(position).elementsEqual(word) else { continue phrases }
                if offset > 0, !lead(position).isEmpty { continue phrases }
                if offset < phrase.count - 1, !trail(position).isEmpty { continue phrases }
            }
            return phrase.count
        }
        return 0
    }

    mutating func maskValues() {
        for index in words.indices where !words[index].isConstant {
            maskValue(index)
        }
    }

    private mutating func maskValue(_ index: Int) {
        let core = core(index)
        guard !core.isEmpty else { return }
        if core.count == 2, core.first == MaskKind.marker {
            words[index].value = MaskKind(rawValue: core[core.startIndex + 1])
            return
        }
        guard !core.contains(MaskKind.marker) else {
            maskSegments(index)
            return
        }
        if let kind = ValueShape.kind(of: core) {
            words[index].value = kind
            if kind == .guid { absorbBraces(index) }
        } else if ValueShape.isMeridiem(core), index > 0, words[index - 1].value == .date, trail(index - 1).isEmpty {
            words[index].value = .date
        } else if ValueShape.isUpperCode(core) {
            // An upper-case word before a capitalised one starts a name ("CRONUS International Ltd.").
            if !(trail(index).isEmpty && isNameWord(index + 1)) { words[index].value = .code }
        } else if ValueShape.isCamelIdentifier(core) {
            words[index].value = .code
        } else {
            maskSegments(index)
        }
    }

    /// `{3f2504e0-…}` is one GUID, so braced and bare GUIDs mask alike.
    private mutating func absorbBraces(_ index: Int) {
        let word = words[index]
        guard let open = word.lead.last, bytes[open] == 0x7B, let close = word.trail.first, bytes[close] == 0x7D else { return }
        words[index].lead = word.lead.lowerBound..<(word.lead.upperBound - 1)
        words[index].trail = (word.trail.lowerBound + 1)..<word.trail.upperBound
    }

    /// Masks values between `=`, `,`, `;` and brackets inside a word: `roleCount=2`, `No.=C00130`, `1M(8D)`,
    /// `Id={3f2504e0-…}`.
    private mutating func maskSegments(_ index: Int) {
        let core = core(index)
        // Most words are one segment, which the whole-word shapes have already judged.
        guard core.contains(where: { $0 == MaskKind.marker || Self.isSeparator($0) }) else { return }
        var output: [UInt8] = []
        var changed = false
        var start = core.startIndex
        var position = core.startIndex
        func flush(_ end: Int) {
            guard end > start else { return }
            let segment = core[start..<end]
            if let kind = ValueShape.segmentKind(of: segment)
                ?? (ValueShape.isUpperCode(segment) && !MaskVocabulary.isConstantWord(segment) ? .code : nil) {
                output.append(MaskKind.marker)
                output.append(kind.rawValue)
                changed = true
            } else {
                output.append(contentsOf: segment)
            }
        }
        while position < core.endIndex {
            let byte = core[position]
            if byte == MaskKind.marker {
                flush(position)
                output.append(contentsOf: core[position...(position + 1)])
                changed = true
                position += 2
                start = position
            } else if Self.isSeparator(byte) {
                flush(position)
                output.append(byte)
                position += 1
                start = position
            } else {
                position += 1
            }
        }
        flush(core.endIndex)
        guard changed else { return }
        if Self.isBracketedCode(output) {
            words[index].value = .code
        } else {
            words[index].compound = output
        }
    }

    /// Codes and numbers with only brackets between them are one code: `1M(8D)`.
    private static func isBracketedCode(_ masked: [UInt8]) -> Bool {
        var index = 0
        while index < masked.count {
            if masked[index] == MaskKind.marker {
                guard let kind = MaskKind(rawValue: masked[index + 1]), kind == .code || kind == .number else { return false }
                index += 2
            } else {
                guard Self.isBracket(masked[index]) else { return false }
                index += 1
            }
        }
        return true
    }

    /// `=`, `,`, `;` and brackets.
    private static func isSeparator(_ byte: UInt8) -> Bool {
        byte == 0x3D || byte == 0x2C || byte == 0x3B || isBracket(byte)
    }

    private static func isBracket(_ byte: UInt8) -> Bool {
        byte == 0x28 || byte == 0x29 || byte == 0x5B || byte == 0x5D
    }
}
