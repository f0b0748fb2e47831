/// The second masking step: table and field captions and names, found by their place in the sentence. Runs of
/// capitalised words are the candidates; lower-case words are never masked, except a Dataverse table name after
/// "entity". A lone capitalised word opening a sentence is ordinary text.
extension MaskedText {
    mutating func maskCaptions() {
        var index = 0
        while index < words.count {
            if isLeadingVerb(index) {
                index += 1
                continue
            }
            index = (isCaptionWord(index) ? maskRun(index, runEnd(from: index)) : maskNonCaption(index)) + 1
        }
    }

    /// A capitalised "-ing" word opening a sentence before a caption is the label's verb, not part of the caption:
    /// "Coupling Customer: 10000 failed", "Modifying Dataverse Account failed".
    private func isLeadingVerb(_ index: Int) -> Bool {
        guard isCaptionWord(index), !words[index].isConstant, trail(index).isEmpty, startsSentence(index),
              isCaptionWord(index + 1), lead(index + 1).isEmpty else { return false }
        let core = core(index)
        return core.count >= 5 && core.suffix(3).elementsEqual("ing".utf8)
    }

    /// The last word of the run of caption words starting at `first`.
    private func runEnd(from first: Int) -> Int {
        var end = first
        while let next = continuation(after: end) {
            if next > end + 1 || trail(end).isEmpty || continuesAcrossPeriod(at: next) { end = next } else { break }
        }
        return end
    }

    /// The next caption word of a run after `index`, directly or across a connector ("Unit of Measure") or an
    /// abbreviation's period ("Gen. Bus. Posting Group"); nil when the run ends.
    private func continuation(after index: Int) -> Int? {
        let trail = self.trail(index)
        if trail.isEmpty {
            if isCaptionWord(index + 1, inside: true), lead(index + 1).isEmpty { return index + 1 }
            if isCaptionSuffix(index + 1) { return index + 1 }
            if isConnector(index + 1), isCaptionWord(index + 2), lead(index + 2).isEmpty { return index + 2 }
        } else if trail.elementsEqual([0x2E]), isCaptionWord(index + 1), lead(index + 1).isEmpty {
            return index + 1
        }
        return nil
    }

    /// A period ends the sentence unless two or more caption words or a key follow it: "Litware Inc. Dynamics 365
    /// Sales account", "Config. Template Header CUST000010", but not "… table Item. Try again".
    private func continuesAcrossPeriod(at start: Int) -> Bool {
        var count = 1
        var end = start
        while let next = continuation(after: end) {
            count += 1
            end = next
        }
        return count >= 2 || (trail(end).isEmpty && isKey(end + 1))
    }

    /// An upper-case code in brackets ending a caption: "Credit Limit (LCY)".
    private func isCaptionSuffix(_ index: Int) -> Bool {
        guard index < words.count, words[index].value == .code, lead(index).elementsEqual([0x28]),
              trail(index).first == 0x29 else { return false }
        return ValueShape.isUpperCode(core(index))
    }

    private func isConnector(_ index: Int) -> Bool {
        guard let core = plainCore(index), lead(index).isEmpty, trail(index).isEmpty else { return false }
        return MaskVocabulary.isConnector(core)
    }

    /// Decides what the run `first...last` is and masks it; returns the last word it used.
    private mutating func maskRun(_ first: Int, _ last: Int) -> Int {
        let next = last + 1
        let trail = self.trail(last)
        if trail.elementsEqual([0x3A]) {
            if let fields = fieldListStart(next) { return maskRecord(first, through: fieldListEnd(fields)) }
            if isKeyLike(next) { return maskRecord(first, through: keysEnd(next)) }
        }
        if trail.isEmpty, followsColon(first), isFieldValue(next) {
            return maskRecord(first, through: fieldListEnd(next))
        }
        let captions = (first...last).filter { !isConnector($0) }
        if captions.allSatisfy({ words[$0].isConstant }) { return last }
        if trail.isEmpty, isKey(next) { return maskRecord(first, through: keysEnd(next)) }
        // A lone capitalised word starting a sentence is ordinary text ("Account does not exist."); after a colon
        // it is a value unless the sentence goes on ("Actual action: Skip," but "description: Unable to …").
        let initial = startsSentence(first) || (followsColon(first) && trail.isEmpty && continuesInLowerCase(next))
        let named = !initial || captions.count >= 2 || isIdentifier(first)
        if lead(first).isEmpty, let cue = plainCore(first - 1), self.trail(first - 1).isEmpty,
           let kind = MaskVocabulary.captionAfter(cue) {
            maskCaption(first, last, as: kind)
        } else if named, trail.isEmpty || abbreviates(last), let cue = plainCore(next), lead(next).isEmpty,
                  let kind = MaskVocabulary.captionBefore(cue) {
            maskCaption(first, last, as: kind)
        } else if !initial || ((captions.count >= 2 || isIdentifier(first)) && continuesInLowerCase(next)) {
            let prefixed = words[first].isConstant && MaskVocabulary.isIntegrationPrefix(core(first))
            maskCaption(first, last, as: prefixed ? .table : .name)
        }
        return last
    }

    /// Masks a caption or name. A name ending in an abbreviation keeps its period: "Fabrikam Inc..",
    /// "CRONUS International Ltd. (b2f4c1a0)".
    private mutating func maskCaption(_ first: Int, _ last: Int, as kind: MaskKind) {
        if isCaptionSuffix(last) { words[last].trail = (words[last].trail.lowerBound + 1)..<words[last].trail.upperBound }
        let trail = words[last].trail
        if trail.first.map({ bytes[$0] == 0x2E }) == true {
            let doubled = trail.count >= 2 && bytes[trail.lowerBound + 1] == 0x2E
            let continues = trail.count == 1 && last + 1 < words.count
                && (!lead(last + 1).isEmpty || MaskByte.startsLower(core(last + 1)))
            if doubled || continues { words[last].trail = (trail.lowerBound + 1)..<trail.upperBound }
        }
        replace(first, through: last, with: kind)
    }

    /// A word with a capital inside, `ModifiedBy`, `E-Mail`, `RowVersion`, is a name even opening a sentence.
    private func isIdentifier(_ index: Int) -> Bool {
        guard !words[index].isConstant else { return false }
        let core = core(index)
        return core.indices.dropFirst().contains { MaskByte.isUpper(core[$0]) && !MaskByte.isUpper(core[$0 - 1]) }
    }

    /// A period that a lower-case word follows ends an abbreviation, not a sentence: "the Phone No. field".
    private func abbreviates(_ index: Int) -> Bool {
        trail(index).elementsEqual([0x2E]) && continuesInLowerCase(index + 1)
    }
}
