/// A GUID in one canonical spelling (lowercase, no braces), whatever the export wrote:
/// Business Central shows `{3F2504E0-…}`, OData writes `3f2504e0-…`.
public struct GUID: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let value: String

    public init?<S: StringProtocol>(_ text: S) {
        var utf8 = Substring(text).utf8[...]
        if utf8.first == UInt8(ascii: "{"), utf8.last == UInt8(ascii: "}") {
            utf8 = utf8.dropFirst().dropLast()
        }
        guard utf8.count == 36 else { return nil }
        var canonical = [UInt8]()
        canonical.reserveCapacity(36)
        for (offset, byte) in utf8.enumerated() {
            if offset == 8 || offset == 13 || offset == 18 || offset == 23 {
                guard byte == UInt8(ascii: "-") else { return nil }
                canonical.append(byte)
                continue
            }
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "f"):
                canonical.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "F"):
                canonical.append(byte + 32)
            default:
                return nil
            }
        }
        value = String(decoding: canonical, as: UTF8.self)
    }

    /// The empty GUID Business Central writes for "no value".
    public var isNull: Bool { value == "00000000-0000-0000-0000-000000000000" }

    public var description: String { value }

    public static func < (lhs: GUID, rhs: GUID) -> Bool { lhs.value < rhs.value }
}
