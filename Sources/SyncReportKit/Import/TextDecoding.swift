/// Turns an export's bytes into UTF-8: UTF-8 with or without a byte order mark as it is, UTF-16 LE or BE
/// with a byte order mark (Excel's "Unicode text") transcoded. Anything else that is not valid UTF-8 is an
/// error at the first bad byte, rather than text silently changed.
enum TextDecoding {
    static func utf8(_ bytes: [UInt8], file: String) throws(ImportError) -> [UInt8] {
        if bytes.starts(with: [0xFF, 0xFE]) { return try transcode(bytes.dropFirst(2), bigEndian: false, file: file) }
        if bytes.starts(with: [0xFE, 0xFF]) { return try transcode(bytes.dropFirst(2), bigEndian: true, file: file) }
        let text = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        if let offset = firstInvalidUTF8(text) {
            let (line, column) = place(of: offset, in: text)
            throw .notText(
                file: file, line: line, column: column,
                reason: "byte 0x\(String(text[offset], radix: 16, uppercase: true)) is not UTF-8; save the export as CSV UTF-8 or Unicode text")
        }
        return text
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
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var index = 0
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

    /// 1-based line and column (in characters) of a byte offset, counting line breaks as the CSV reader does.
    static func place(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        let lineStart = bytes[..<offset].lastIndex { $0 == 0x0A || $0 == 0x0D }.map { $0 + 1 } ?? 0
        return (1 + CSVRecord.lineBreaks(in: bytes[..<lineStart]), CSVRecord.column(of: offset, lineStart: lineStart, in: bytes))
    }
}
