/// Turns an export's bytes into UTF-8: UTF-8 with or without a byte order mark as it is, UTF-16 LE or BE
/// with a byte order mark (Excel's "Unicode text") transcoded. Anything else that is not valid UTF-8 is an
/// error at the first bad byte, rather than text silently changed; UTF-16 without a byte order mark is valid
/// UTF-8 byte by byte (every other byte NUL), so it is recognised by that pattern and named.
enum TextDecoding {
    static func utf8(_ bytes: [UInt8], file: String) throws(ImportError) -> UTF8Text {
        if bytes.starts(with: [0xFF, 0xFE]) { return UTF8Text(bytes: try transcode(bytes.dropFirst(2), bigEndian: false, file: file), start: 0) }
        if bytes.starts(with: [0xFE, 0xFF]) { return UTF8Text(bytes: try transcode(bytes.dropFirst(2), bigEndian: true, file: file), start: 0) }
        // Excel's "CSV UTF-8" always starts with a byte order mark: the text starts after it rather than being
        // copied without it, which would hold a large export twice.
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        if let order = unmarkedUTF16(bytes) {
            throw .notText(
                file: file, line: 1, column: 1,
                reason: "the text looks like UTF-16 \(order) without a byte order mark (every other byte is 0); save the export as CSV UTF-8 or Unicode text")
        }
        if let offset = firstInvalidUTF8(bytes, from: start) {
            let (line, column) = place(of: offset, in: bytes, from: start)
            throw .notText(
                file: file, line: line, column: column,
                reason: "byte 0x\(String(bytes[offset], radix: 16, uppercase: true)) is not UTF-8; save the export as CSV UTF-8 or Unicode text")
        }
        return UTF8Text(bytes: bytes, start: start)
    }

    /// "LE" or "BE" when the first characters are ASCII written as UTF-16: a NUL after (or before) each of
    /// them. No export's text starts with NUL bytes, so the pattern cannot be a real UTF-8 file.
    static func unmarkedUTF16(_ bytes: [UInt8]) -> String? {
        let head = bytes.prefix(8)
        guard head.count >= 4, head.count % 2 == 0 else { return nil }
        let pairs = stride(from: 0, to: head.count, by: 2).map { (head[$0], head[$0 + 1]) }
        if pairs.allSatisfy({ $0.0 != 0 && $0.1 == 0 }) { return "LE" }
        if pairs.allSatisfy({ $0.0 == 0 && $0.1 != 0 }) { return "BE" }
        return nil
    }

    private static func transcode(_ bytes: ArraySlice<UInt8>, bigEndian: Bool, file: String) throws(ImportError) -> [UInt8] {
        guard bytes.count % 2 == 0 else {
            throw .notText(file: file, line: 1, column: 1, reason: "UTF-16 text with an odd number of bytes")
        }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let first = UInt16(bytes[index])
            let second = UInt16(bytes[index + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        var output: [UInt8] = []
        output.reserveCapacity(units.count)
        var decoder = UTF16()
        var iterator = units.makeIterator()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): output.append(contentsOf: UTF8.encode(scalar)!)
            case .emptyInput: break loop
            case .error:
                let (line, column) = place(of: output.count, in: output)
                throw .notText(file: file, line: line, column: column, reason: "invalid UTF-16 (an unpaired surrogate)")
            }
        }
        return output
    }

    /// The offset of the first byte that does not belong to a well-formed UTF-8 sequence.
    static func firstInvalidUTF8(_ bytes: [UInt8], from start: Int = 0) -> Int? {
        var index = start
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 { index += 1; continue }
            let length: Int
            let minimum: UInt32
            switch lead {
            case 0xC2...0xDF: length = 2; minimum = 0x80
            case 0xE0...0xEF: length = 3; minimum = 0x800
            case 0xF0...0xF4: length = 4; minimum = 0x10000
            default: return index
            }
            guard index + length <= count else { return index }
            var scalar = UInt32(lead) & (0xFF >> (length + 1))
            for offset in 1..<length {
                let byte = bytes[index + offset]
                guard byte & 0xC0 == 0x80 else { return index }
                scalar = scalar << 6 | UInt32(byte & 0x3F)
            }
            guard scalar >= minimum, scalar <= 0x10FFFF, !(0xD800...0xDFFF).contains(scalar) else { return index }
            index += length
        }
        return nil
    }

    /// 1-based line and column (in characters) of a byte offset in the text from `start`, counting line breaks
    /// as the CSV reader does.
    static func place(of offset: Int, in bytes: [UInt8], from start: Int = 0) -> (line: Int, column: Int) {
        let lineStart = bytes[start..<offset].lastIndex { $0 == 0x0A || $0 == 0x0D }.map { $0 + 1 } ?? start
        return (1 + CSVRecord.lineBreaks(in: bytes[start..<lineStart]), CSVRecord.column(of: offset, lineStart: lineStart, in: bytes))
    }
}

/// An export's text as UTF-8: `bytes` from `start`, which is past a byte order mark.
struct UTF8Text {
    var bytes: [UInt8]
    var start: Int

    /// The text alone, for readers that read from the first byte: a copy only after a byte order mark.
    var withoutMark: [UInt8] { start == 0 ? bytes : Array(bytes[start...]) }
}
