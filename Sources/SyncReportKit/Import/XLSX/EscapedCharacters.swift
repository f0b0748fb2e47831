/// OOXML's `_xHHHH_` escapes (ST_Xstring): characters XML cannot carry, such as the carriage return Excel
/// writes as `_x000D_`. A literal `_x0041_` in the text is itself escaped as `_x005F_x0041_`.
enum EscapedCharacters {
    /// Decodes the escapes in `bytes[start...]` in place.
    static func decode(_ bytes: inout [UInt8], from start: Int) {
        guard let first = firstEscape(in: bytes, from: start) else { return }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count - first)
        var index = first
        while index < bytes.count {
            if let scalar = escape(in: bytes, at: index) {
                UTF8.encode(scalar) { output.append($0) }
                index += 7
            } else {
                output.append(bytes[index])
                index += 1
            }
        }
        bytes.replaceSubrange(first..., with: output)
    }

    private static func firstEscape(in bytes: [UInt8], from start: Int) -> Int? {
        var index = start
        while index + 7 <= bytes.count {
            if bytes[index] == UInt8(ascii: "_"), escape(in: bytes, at: index) != nil { return index }
            index += 1
        }
        return nil
    }

    /// The character `_xHHHH_` at `index` stands for, if there is one there; surrogates stand for none.
    private static func escape(in bytes: [UInt8], at index: Int) -> Unicode.Scalar? {
        guard index + 7 <= bytes.count, bytes[index] == UInt8(ascii: "_"), bytes[index + 1] == UInt8(ascii: "x"),
              bytes[index + 6] == UInt8(ascii: "_")
        else { return nil }
        var value: UInt32 = 0
        for byte in bytes[(index + 2)..<(index + 6)] {
            guard let digit = hexDigit(byte) else { return nil }
            value = value << 4 | digit
        }
        return Unicode.Scalar(value)
    }

    private static func hexDigit(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }
}
