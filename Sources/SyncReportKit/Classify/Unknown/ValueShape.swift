/// Recognises a value by the shape of its bytes: GUIDs, URLs, e-mail addresses, dates and times, numbers and codes.
enum ValueShape {
    /// The kind of a whole word's core (without surrounding punctuation), or nil when it is text.
    static func kind(of core: ArraySlice<UInt8>) -> MaskKind? {
        if isURL(core) { return .url }
        if isEmail(core) { return .email }
        return segmentKind(of: core)
    }

    /// The kind of a part of a word between `=`, `,`, `;` and brackets, as in `roleCount=2` or `Order,101005`.
    static func segmentKind(of text: ArraySlice<UInt8>) -> MaskKind? {
        if isGUID(text) { return .guid }
        if isDate(text) { return .date }
        if isNumber(text) { return .number }
        if isMixedCode(text) { return .code }
        return nil
    }

    /// `3f2504e0-4f89-11d3-9a0c-0305e82c3301`, in any case, also in braces.
    static func isGUID(_ text: ArraySlice<UInt8>) -> Bool {
        if text.count == 38, text.first == 0x7B, text.last == 0x7D { return isGUID(text.dropFirst().dropLast()) }
        guard text.count == 36 else { return false }
        for (offset, byte) in text.enumerated() {
            switch offset {
            case 8, 13, 18, 23: if byte != 0x2D { return false }
            default: if !MaskByte.isHex(byte) { return false }
            }
        }
        return true
    }

    static func isURL(_ text: ArraySlice<UInt8>) -> Bool {
        hasPrefix(text, "http://") || hasPrefix(text, "https://") || (hasPrefix(text, "www.") && text.count > 6)
    }

    static func isEmail(_ text: ArraySlice<UInt8>) -> Bool {
        guard let at = text.firstIndex(of: 0x40), at > text.startIndex else { return false }
        let local = text[..<at]
        let domain = text[(at + 1)...]
        let localBytes: (UInt8) -> Bool = { MaskByte.isAlphanumeric($0) || $0 == 0x2E || $0 == 0x5F || $0 == 0x2D || $0 == 0x2B }
        let domainBytes: (UInt8) -> Bool = { MaskByte.isAlphanumeric($0) || $0 == 0x2E || $0 == 0x2D }
        guard local.allSatisfy(localBytes), domain.allSatisfy(domainBytes),
              let dot = domain.lastIndex(of: 0x2E), dot > domain.startIndex, dot < domain.endIndex - 1
        else { return false }
        return true
    }

    /// Dates in ISO (`2026-11-25T13:05:27.123Z`) and locale forms (`25/11/2026`, `11.25.26`), and times (`14:05`, `00:02:00`).
    static func isDate(_ text: ArraySlice<UInt8>) -> Bool {
        var scanner = DigitScanner(text)
        if scanner.time(), scanner.zone(), scanner.atEnd { return true }
        scanner = DigitScanner(text)
        guard let first = scanner.digits(1...4), let separator = scanner.byte(in: [0x2F, 0x2E, 0x2D]),
              scanner.digits(1...2) != nil, scanner.byte(in: [separator]) != nil, let last = scanner.digits(1...4)
        else { return false }
        guard first == 4 || first <= 2, last == 4 || last <= 2 else { return false }
        if scanner.atEnd { return true }
        // ISO date and time joined by T.
        return scanner.byte(in: [0x54]) != nil && scanner.time() && scanner.zone() && scanner.atEnd
    }

    /// `52`, `-3`, `+45`, `1,200,000`, `1.234,56`, `1'000`.
    static func isNumber(_ text: ArraySlice<UInt8>) -> Bool {
        var index = text.startIndex
        if index < text.endIndex, text[index] == 0x2B || text[index] == 0x2D { index += 1 }
        guard index < text.endIndex, MaskByte.isDigit(text[index]) else { return false }
        while index < text.endIndex {
            let byte = text[index]
            if MaskByte.isDigit(byte) {
                index += 1
            } else if byte == 0x2C || byte == 0x2E || byte == 0x27, index + 1 < text.endIndex, MaskByte.isDigit(text[index + 1]) {
                index += 1
            } else {
                return false
            }
        }
        return true
    }

    /// Letters and digits together, with inner `-_/.+#`: `C00110`, `1920-S`, `ORD-01042-K7T2`, `CM+19`, `b2f4c1a0`.
    static func isMixedCode(_ text: ArraySlice<UInt8>) -> Bool {
        guard let first = text.first, let last = text.last,
              MaskByte.isAlphanumeric(first), MaskByte.isAlphanumeric(last) else { return false }
        var hasDigit = false
        var hasLetter = false
        for byte in text {
            if MaskByte.isDigit(byte) {
                hasDigit = true
            } else if MaskByte.isLetter(byte) {
                hasLetter = true
            } else if !(byte == 0x2D || byte == 0x5F || byte == 0x2F || byte == 0x2E || byte == 0x2B || byte == 0x23) {
                return false
            }
        }
        return hasDigit && hasLetter
    }

    /// Upper-case letters only, with inner `-` or `_`: `EUR`, `PCS`, `ITEM-PRODUCT`. Single letters are words (A, I).
    static func isUpperCode(_ text: ArraySlice<UInt8>) -> Bool {
        guard (2...20).contains(text.count), let first = text.first, let last = text.last,
              MaskByte.isUpper(first), MaskByte.isUpper(last) else { return false }
        return text.allSatisfy { MaskByte.isUpper($0) || $0 == 0x2D || $0 == 0x5F }
    }

    /// An identifier in camel case, such as a Dataverse privilege `prvCreateAccount`.
    static func isCamelIdentifier(_ text: ArraySlice<UInt8>) -> Bool {
        guard text.count >= 4, let first = text.first, MaskByte.isLower(first) else { return false }
        return text.contains(where: MaskByte.isUpper) && text.allSatisfy(MaskByte.isAlphanumeric)
    }

    /// `AM` or `PM`, which belongs to the time before it.
    static func isMeridiem(_ text: ArraySlice<UInt8>) -> Bool {
        guard text.count == 2, let first = text.first, let last = text.last else { return false }
        let hour = MaskByte.lowercased(first)
        return (hour == 0x61 || hour == 0x70) && MaskByte.lowercased(last) == 0x6D
    }

    private static func hasPrefix(_ text: ArraySlice<UInt8>, _ prefix: StaticString) -> Bool {
        guard text.count >= prefix.utf8CodeUnitCount else { return false }
        var index = text.startIndex
        for offset in 0..<prefix.utf8CodeUnitCount {
            if MaskByte.lowercased(text[index]) != prefix.utf8Start[offset] { return false }
            index += 1
        }
        return true
    }
}

/// Reads digits and separators from the front of a byte slice.
private struct DigitScanner {
    let text: ArraySlice<UInt8>
    var index: Int

    init(_ text: ArraySlice<UInt8>) {
        self.text = text
        index = text.startIndex
    }

    var atEnd: Bool { index == text.endIndex }

    /// Reads a run of digits whose length is in `range`; returns the length.
    mutating func digits(_ range: ClosedRange<Int>) -> Int? {
        var end = index
        while end < text.endIndex, MaskByte.isDigit(text[end]), end - index < range.upperBound { end += 1 }
        guard range.contains(end - index), end == text.endIndex || !MaskByte.isDigit(text[end]) else { return nil }
        defer { index = end }
        return end - index
    }

    mutating func byte(in choices: [UInt8]) -> UInt8? {
        guard index < text.endIndex, choices.contains(text[index]) else { return nil }
        defer { index += 1 }
        return text[index]
    }

    /// `h:mm`, `hh:mm:ss`, `hh:mm:ss.fff`.
    mutating func time() -> Bool {
        guard digits(1...2) != nil, byte(in: [0x3A]) != nil, digits(2...2) != nil else { return false }
        if byte(in: [0x3A]) != nil {
            guard digits(2...2) != nil else { return false }
            if byte(in: [0x2E, 0x2C]) != nil, digits(1...9) == nil { return false }
        }
        return true
    }

    /// An optional `Z` or `+01:00` / `-0500` after a time.
    mutating func zone() -> Bool {
        if byte(in: [0x5A]) != nil { return true }
        guard byte(in: [0x2B, 0x2D]) != nil else { return true }
        guard digits(2...2) != nil else { return false }
        _ = byte(in: [0x3A])
        return digits(2...2) != nil
    }
}
