/// Record ids and lists of fields and values, which the caption step masks as one value with their caption:
/// `Customer: C00110`, `Payment Terms 14 DAYS`, `Identification fields and values: No.='C00120'`.
extension MaskedText {
    mutating func maskRecord(_ first: Int, through last: Int) -> Int {
        replace(first, through: last, with: .record)
        return last
    }

    /// The last of the keys from `key` on: `Payment Terms 14 DAYS` has two.
    func keysEnd(_ key: Int) -> Int {
        var end = key
        while trail(end).isEmpty, isKey(end + 1) { end += 1 }
        return end
    }

    /// The first field value of a list of fields and values starting at `start`, if one starts there:
    /// `Journal Template Name=GENERAL` starts with three caption words.
    func fieldListStart(_ start: Int) -> Int? {
        var index = start
        while isCaptionWord(index), lead(index).isEmpty, trail(index).isEmpty { index += 1 }
        return isFieldValue(index) ? index : nil
    }

    /// The last word of a list of fields and values, `No.='C00120'`, `Document Type='Order',No.='101005'`,
    /// `Journal Template Name=GENERAL, Line No.=10000`, starting with the field value at `start`.
    func fieldListEnd(_ start: Int) -> Int {
        var end = start
        while trail(end).elementsEqual([0x2C]), let next = fieldListStart(end + 1) { end = next }
        return end
    }

    /// Words that are not captions: "record <key>", "of entity account", and field lists after a colon.
    mutating func maskNonCaption(_ index: Int) -> Int {
        if followsColon(index), isFieldValue(index) {
            return maskRecord(index, through: fieldListEnd(index))
        }
        if isCodeFieldName(index) {
            replace(index, through: index, with: .field)
            return index
        }
        guard let cue = plainCore(index), trail(index).isEmpty else { return index }
        if MaskVocabulary.isRecordWord(cue), isKey(index + 1) {
            let end = keysEnd(index + 1)
            replace(index + 1, through: end, with: .record)
            return end
        }
        let name = index + 1
        if MaskVocabulary.isEntityWord(cue), let core = plainCore(name), lead(name).isEmpty,
           name == words.count - 1 || !self.trail(name).isEmpty,
           MaskByte.startsLower(core), core.allSatisfy({ MaskByte.isAlphanumeric($0) || $0 == 0x5F }),
           !MaskVocabulary.isFunctionWord(core) {
            replace(name, through: name, with: .table)
            return name
        }
        return index
    }

    /// Dataverse field names can hold digits: "the Telephone1 field", "The field Address1_Line1 in".
    private func isCodeFieldName(_ index: Int) -> Bool {
        guard words[index].value == .code, lead(index).isEmpty else { return false }
        if let cue = plainCore(index - 1), self.trail(index - 1).isEmpty, MaskVocabulary.captionAfter(cue) == .field {
            return true
        }
        guard trail(index).isEmpty, !startsSentence(index), let cue = plainCore(index + 1), lead(index + 1).isEmpty
        else { return false }
        return MaskVocabulary.captionBefore(cue) == .field
    }

    /// A value that can follow `Caption: ` as a key: `C00110`, `{GUID}`, `Order,101005`, `No.=C00130`.
    func isKeyLike(_ index: Int) -> Bool {
        guard index < words.count, !words[index].isRemoved, lead(index).isEmpty else { return false }
        if words[index].compound != nil { return true }
        guard let kind = words[index].value else { return false }
        return kind != .url && kind != .email
    }

    /// A field and its value as Business Central prints them: `No.=C00130`, `Type='Order',No.='101005'`, `Type=Order`.
    func isFieldValue(_ index: Int) -> Bool {
        guard index < words.count, !words[index].isRemoved, words[index].value == nil, lead(index).isEmpty else { return false }
        let text = words[index].compound?[...] ?? core(index)
        guard MaskByte.startsUpper(text), let equals = text.firstIndex(of: 0x3D) else { return false }
        return equals > text.startIndex && equals + 1 < text.endIndex
    }
}
