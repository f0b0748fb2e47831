/// A cursor over JSON text (RFC 8259) that reads one token at a time, keeping each value's literal text as a
/// byte range and the line and column of the token it is at.
struct JSONScanner {
    let bytes: [UInt8]
    let file: String
    private(set) var position = 0
    private(set) var line = 1
    private var lineStart = 0
    /// UTF-8 continuation bytes between `lineStart` and `position`. JSON outside strings is ASCII and breaks
    /// lines only between tokens, so counting them inside strings keeps `column` exact at every token.
    private var continuations = 0
    /// The text of strings with escapes, decoded; spans marked `isDecoded` point into it.
    private(set) var decoded: [UInt8] = []

    init(bytes: [UInt8], file: String) {
        self.bytes = bytes
        self.file = file
    }

    /// The column, in characters, of the token at the cursor.
    var column: Int { position - lineStart - continuations + 1 }

    var anchor: JSONTable.Anchor { JSONTable.Anchor(offset: position, line: line, column: column) }

    func text(_ span: JSONSpan) -> ArraySlice<UInt8> {
        span.isDecoded ? decoded[span.start..<span.end] : bytes[span.start..<span.end]
    }

    /// Skips whitespace and returns the byte the next token starts with; `nil` at the end of the text.
    mutating func peekToken() -> UInt8? {
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\n") {
                line += 1
                lineStart = position + 1
                continuations = 0
            } else if byte != UInt8(ascii: " ") && byte != UInt8(ascii: "\t") && byte != UInt8(ascii: "\r") {
                return byte
            }
            position += 1
        }
        return nil
    }

    /// Moves past a one-byte token that `peekToken` returned.
    mutating func advance() {
        position += 1
    }

    /// After a value in an object or array: `true` at a comma (another member follows), `false` past the
    /// closing bracket.
    mutating func endOfMember(_ closer: UInt8, in container: String) throws(ImportError) -> Bool {
        switch peekToken() {
        case UInt8(ascii: ","):
            position += 1
            return true
        case closer:
            position += 1
            return false
        default:
            throw failure(expected: "',' or '\(Character(Unicode.Scalar(closer)))' after a value in \(container)")
        }
    }

    /// An object's key and the colon after it.
    mutating func memberKey() throws(ImportError) -> JSONSpan {
        guard peekToken() == UInt8(ascii: "\"") else { throw failure(expected: "a key in double quotes") }
        let key = try string()
        guard peekToken() == UInt8(ascii: ":") else { throw failure(expected: "':' after the key") }
        position += 1
        return key
    }

    /// The string at the cursor. Without escapes it is a range of the file; with them it is decoded.
    mutating func string() throws(ImportError) -> JSONSpan {
        let offset = position
        position += 1
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                position += 1
                return JSONSpan(offset: offset, start: offset + 1, end: position - 1, isDecoded: false)
            }
            if byte == UInt8(ascii: "\\") { return try decodedString(from: offset) }
            if byte < 0x20 { throw failure(expected: Self.closingQuote) }
            if byte & 0xC0 == 0x80 { continuations += 1 }
            position += 1
        }
        throw failure(expected: Self.closingQuote)
    }

    /// A number, `true`, `false` or `null` (which has no text), kept as its literal text.
    mutating func scalar() throws(ImportError) -> JSONSpan {
        let start = position
        guard position < bytes.count else { throw failure(expected: "a value") }
        switch bytes[position] {
        case UInt8(ascii: "t"): try keyword("true")
        case UInt8(ascii: "f"): try keyword("false")
        case UInt8(ascii: "n"):
            try keyword("null")
            return .empty(at: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number()
        default: throw failure(expected: "a value")
        }
        return JSONSpan(offset: start, start: start, end: position, isDecoded: false)
    }

    /// Reads past one value of any shape, checking that it is well-formed, and keeps none of its text.
    /// Open containers are a stack rather than recursion, so deep nesting cannot overflow the call stack.
    mutating func skipValue() throws(ImportError) {
        let mark = decoded.count
        var closers: [UInt8] = []
        while true {
            switch peekToken() {
            case UInt8(ascii: "{"):
                position += 1
                if peekToken() == UInt8(ascii: "}") {
                    position += 1
                } else {
                    closers.append(UInt8(ascii: "}"))
                    _ = try memberKey()
                    continue
                }
            case UInt8(ascii: "["):
                position += 1
                if peekToken() == UInt8(ascii: "]") {
                    position += 1
                } else {
                    closers.append(UInt8(ascii: "]"))
                    continue
                }
            case UInt8(ascii: "\""):
                _ = try string()
            default:
                _ = try scalar()
            }
            while let closer = closers.last {
                let isObject = closer == UInt8(ascii: "}")
                if try endOfMember(closer, in: isObject ? "an object" : "an array") {
                    if isObject { _ = try memberKey() }
                    break
                }
                closers.removeLast()
            }
            if closers.isEmpty {
                discardDecoded(from: mark)
                return
            }
        }
    }

    /// Drops decoded text of values that are not kept (keys already known, skipped values).
    mutating func discardDecoded(from mark: Int) {
        decoded.removeLast(decoded.count - mark)
    }

    /// What a value starting with `byte` is, for messages.
    static func kind(of byte: UInt8) -> String {
        switch byte {
        case UInt8(ascii: "{"): "an object"
        case UInt8(ascii: "["): "an array"
        case UInt8(ascii: "\""): "a string"
        case UInt8(ascii: "t"), UInt8(ascii: "f"): "true or false"
        case UInt8(ascii: "n"): "null"
        default: "a number"
        }
    }

    /// A malformed-JSON error at `offset` (the cursor by default), saying what was expected and what was found.
    func failure(at offset: Int? = nil, expected: String, found: String? = nil) -> ImportError {
        let offset = offset ?? position
        let (line, column) = TextDecoding.place(of: offset, in: bytes)
        return .malformedJSON(
            file: file, line: line, column: column, expected: expected, found: found ?? description(at: offset))
    }

    // MARK: Strings

    private static let closingQuote = "'\"' to close the string (a line break or control character in a string must be escaped)"

    private mutating func decodedString(from offset: Int) throws(ImportError) -> JSONSpan {
        let start = decoded.count
        decoded.append(contentsOf: bytes[(offset + 1)..<position])
        while position < bytes.count {
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: "\""):
                position += 1
                return JSONSpan(offset: offset, start: start, end: decoded.count, isDecoded: true)
            case UInt8(ascii: "\\"):
                try escape()
            case ..<0x20:
                throw failure(expected: Self.closingQuote)
            default:
                if byte & 0xC0 == 0x80 { continuations += 1 }
                decoded.append(byte)
                position += 1
            }
        }
        throw failure(expected: Self.closingQuote)
    }

    /// Decodes the escape at the cursor (a backslash) into `decoded`.
    private mutating func escape() throws(ImportError) {
        let start = position
        let code: UInt8? = position + 1 < bytes.count ? bytes[position + 1] : nil
        let simple: UInt8? = switch code {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): code
        case UInt8(ascii: "b"): 0x08
        case UInt8(ascii: "f"): 0x0C
        case UInt8(ascii: "n"): 0x0A
        case UInt8(ascii: "r"): 0x0D
        case UInt8(ascii: "t"): 0x09
        default: nil
        }
        if let simple {
            decoded.append(simple)
            position += 2
            return
        }
        guard code == UInt8(ascii: "u") else {
            throw failure(expected: #"an escape: \" \\ \/ \b \f \n \r \t or \uXXXX"#, found: escapeText(at: start, length: 2))
        }
        guard let unit = hexUnit(at: start) else {
            throw failure(expected: #"four hex digits after \u"#, found: escapeText(at: start, length: 6))
        }
        position += 6
        var scalar = unit
        switch unit {
        case 0xD800...0xDBFF:
            guard let low = hexUnit(at: position), (0xDC00...0xDFFF).contains(low) else {
                throw failure(
                    at: start, expected: #"a low surrogate \uDC00-\uDFFF after the high surrogate"#,
                    found: escapeText(at: start, length: 6) + " followed by " + description(at: position))
            }
            position += 6
            scalar = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
        case 0xDC00...0xDFFF:
            throw failure(
                at: start, expected: #"a high surrogate \uD800-\uDBFF before a low surrogate"#, found: escapeText(at: start, length: 6))
        default:
            break
        }
        decoded.append(contentsOf: UTF8.encode(Unicode.Scalar(scalar)!)!)
    }

    /// The value of `\uXXXX` at `offset`, if there is one.
    private func hexUnit(at offset: Int) -> UInt32? {
        guard offset + 6 <= bytes.count, bytes[offset] == UInt8(ascii: "\\"), bytes[offset + 1] == UInt8(ascii: "u")
        else { return nil }
        var value: UInt32 = 0
        for byte in bytes[(offset + 2)..<(offset + 6)] {
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    /// Up to `length` bytes of an escape, stopping where the string or line ends.
    private func escapeText(at offset: Int, length: Int) -> String {
        var end = offset + 1
        while end < bytes.count, end - offset < length, bytes[end] >= 0x20, bytes[end] < 0x80, bytes[end] != UInt8(ascii: "\"") {
            end += 1
        }
        return "'" + String(decoding: bytes[offset..<end], as: UTF8.self) + "'"
    }

    // MARK: Numbers and keywords

    private mutating func keyword(_ word: StaticString) throws(ImportError) {
        let end = position + word.utf8CodeUnitCount
        let matches = end <= bytes.count
            && word.withUTF8Buffer { bytes[position..<end].elementsEqual($0) }
            && !(end < bytes.count && Self.isWordByte(bytes[end]))
        guard matches else { throw failure(expected: "a value") }
        position = end
    }

    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`, not followed by more of a word.
    private mutating func number() throws(ImportError) {
        var end = position
        if bytes[end] == UInt8(ascii: "-") { end += 1 }
        if end < bytes.count, bytes[end] == UInt8(ascii: "0") {
            end += 1
        } else {
            end = try digits(from: end)
        }
        if end < bytes.count, bytes[end] == UInt8(ascii: ".") {
            end = try digits(from: end + 1)
        }
        if end < bytes.count, bytes[end] | 0x20 == UInt8(ascii: "e") {
            end += 1
            if end < bytes.count, bytes[end] == UInt8(ascii: "+") || bytes[end] == UInt8(ascii: "-") { end += 1 }
            end = try digits(from: end)
        }
        guard end == bytes.count || !Self.isWordByte(bytes[end]) else { throw notANumber() }
        position = end
    }

    /// The end of the digits from `start`; there must be at least one.
    private func digits(from start: Int) throws(ImportError) -> Int {
        var end = start
        while end < bytes.count, bytes[end] >= UInt8(ascii: "0"), bytes[end] <= UInt8(ascii: "9") { end += 1 }
        guard end > start else { throw notANumber() }
        return end
    }

    private func notANumber() -> ImportError {
        failure(expected: "a number like 42, -1.5 or 2e3")
    }

    // MARK: Messages

    /// Bytes that continue a word or number, so `truex` or `12ab` is reported whole.
    private static func isWordByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "+"), UInt8(ascii: "-"), 0x80...:
            true
        default:
            false
        }
    }

    /// What is at `offset`, for a message: the end of the file, a control character by name, or the word or
    /// character there in quotes.
    private func description(at offset: Int) -> String {
        guard offset < bytes.count else { return "the end of the file" }
        switch bytes[offset] {
        case UInt8(ascii: "\n"): return "a line break"
        case UInt8(ascii: "\r"): return "a carriage return"
        case UInt8(ascii: "\t"): return "a tab"
        case ..<0x20:
            let hex = String(bytes[offset], radix: 16, uppercase: true)
            return "control character U+" + String(repeating: "0", count: 4 - hex.count) + hex
        default: break
        }
        var end = offset
        while end < bytes.count, end - offset < 24, Self.isWordByte(bytes[end]) { end += 1 }
        if end == offset { end += 1 }
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        return "'" + String(decoding: bytes[offset..<end], as: UTF8.self) + "'"
    }
}
