import Mustache

/// A value a row template can name.
enum RowValue {
    case text(String)
    case flag(Bool)
    case list([any RowContext])

    /// Mustache's truth: a true flag, a non-empty text or list.
    var isTruthy: Bool {
        switch self {
        case .text(let text): !text.isEmpty
        case .flag(let flag): flag
        case .list(let items): !items.isEmpty
        }
    }
}

/// A view that row templates read by name. The same table answers swift-mustache's lookups, so a view can
/// appear on a page too, and swift-mustache never reflects it with `Mirror`.
protocol RowContext: MustacheParent, Sendable {
    func value(named name: String) -> RowValue?
}

extension RowContext {
    func child(named name: String) -> Any? {
        switch value(named: name) {
        case .text(let text)?: text
        case .flag(let flag)?: flag
        case .list(let items)?: items
        case nil: nil
        }
    }
}

/// The one place where text becomes XML character data: escaped as swift-mustache escapes, with the
/// characters a page must not carry as they are replaced (`substitute`).
enum XMLText {
    static func appendEscaped(_ text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            for (index, byte) in bytes.enumerated() where index >= start {
                let replacement: StaticString
                switch byte {
                case UInt8(ascii: "&"): replacement = "&amp;"
                case UInt8(ascii: "<"): replacement = "&lt;"
                case UInt8(ascii: ">"): replacement = "&gt;"
                case UInt8(ascii: "\""): replacement = "&quot;"
                case UInt8(ascii: "'"): replacement = "&#39;"
                case 0..<0x20, 0xE2, 0xEF:
                    guard let substitute = substitute(at: index, in: bytes) else { continue }
                    output.append(contentsOf: bytes[start..<index])
                    output.append(contentsOf: substitute.text)
                    start = index + substitute.length
                    continue
                default: continue
                }
                output.append(contentsOf: bytes[start..<index])
                replacement.withUTF8Buffer { output.append(contentsOf: $0) }
                start = index + 1
            }
            if start < bytes.count { output.append(contentsOf: bytes[start...]) }
        }
    }

    /// What stands for a character that a page must not carry as it is, at `index` of UTF-8 `bytes`, and how
    /// many bytes it replaces; `nil` for any other character.
    /// - C0 controls other than tab, LF and CR, which XML 1.0 forbids, become their Control Pictures sign, so
    ///   `A`, NUL, `B` and `AB` stay two names.
    /// - U+FFFE and U+FFFF, forbidden too, become U+FFFD.
    /// - Bidi embeddings, overrides and isolates (U+202A to U+202E, U+2066 to U+2069) are shown as `\u{202E}`:
    ///   text from an export must not reverse what a page or its own name says.
    static func substitute(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (length: Int, text: [UInt8])? {
        let byte = bytes[index]
        if byte < 0x20 {
            guard byte != 0x09, byte != 0x0A, byte != 0x0D else { return nil }
            return (1, [0xE2, 0x90, 0x80 + byte])
        }
        guard index + 2 < bytes.count else { return nil }
        let (second, third) = (bytes[index + 1], bytes[index + 2])
        switch (byte, second, third) {
        case (0xEF, 0xBF, 0xBE...0xBF):
            return (3, [0xEF, 0xBF, 0xBD])
        case (0xE2, 0x80, 0xAA...0xAE), (0xE2, 0x81, 0xA6...0xA9):
            let scalar = (UInt32(byte & 0x0F) << 12) | (UInt32(second & 0x3F) << 6) | UInt32(third & 0x3F)
            return (3, Array("\\u{\(String(scalar, radix: 16, uppercase: true))}".utf8))
        default:
            return nil
        }
    }
}
