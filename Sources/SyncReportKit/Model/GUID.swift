/// A GUID, whatever spelling the export wrote: Business Central shows `{3F2504E0-…}`, OData writes
/// `3f2504e0-…`. Kept as its 128 bits, so hashing and comparing one costs no text and no reference counting.
public struct GUID: Sendable, Hashable, Comparable, CustomStringConvertible {
    private let high: UInt64
    private let low: UInt64

    public init?<S: StringProtocol>(_ text: S) {
        var utf8 = Substring(text).utf8[...]
        if utf8.first == UInt8(ascii: "{"), utf8.last == UInt8(ascii: "}") {
            utf8 = utf8.dropFirst().dropLast()
        }
        guard utf8.count == 36 else { return nil }
        var high: UInt64 = 0
        var low: UInt64 = 0
        var digits = 0
        for (offset, byte) in utf8.enumerated() {
            if offset == 8 || offset == 13 || offset == 18 || offset == 23 {
                guard byte == UInt8(ascii: "-") else { return nil }
                continue
            }
            let nibble: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): nibble = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): nibble = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): nibble = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            if digits < 16 { high = high << 4 | UInt64(nibble) } else { low = low << 4 | UInt64(nibble) }
            digits += 1
        }
        self.high = high
        self.low = low
    }

    /// The canonical spelling: lowercase, no braces, `3f2504e0-4f89-11d3-9a0c-0305e82c3301`.
    public var value: String {
        let hex = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(36)
        for digit in 0..<32 {
            if digit == 8 || digit == 12 || digit == 16 || digit == 20 { text.append(UInt8(ascii: "-")) }
            let word = digit < 16 ? high : low
            text.append(hex[Int(word >> UInt64(60 - 4 * (digit % 16)) & 0xF)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// The empty GUID Business Central writes for "no value".
    public var isNull: Bool { high == 0 && low == 0 }

    public var description: String { value }

    /// The order of the canonical spelling.
    public static func < (lhs: GUID, rhs: GUID) -> Bool { (lhs.high, lhs.low) < (rhs.high, rhs.low) }
}
