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

/// The one place where text becomes XML character data: escaped as swift-mustache escapes, and stripped of
/// the characters XML 1.0 forbids (C0 controls other than tab, LF and CR; U+FFFE and U+FFFF), which input
/// text may carry.
enum XMLText {
    static func appendEscaped(_ text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            for (index, byte) in bytes.enumerated() {
                let replacement: StaticString
                switch byte {
                case UInt8(ascii: "&"): replacement = "&amp;"
                case UInt8(ascii: "<"): replacement = "&lt;"
                case UInt8(ascii: ">"): replacement = "&gt;"
                case UInt8(ascii: "\""): replacement = "&quot;"
                case UInt8(ascii: "'"): replacement = "&#39;"
                case 0x09, 0x0A, 0x0D: continue
                case 0..<0x20: replacement = ""
                case 0xEF where index + 2 < bytes.count && bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE:
                    output.append(contentsOf: bytes[start..<index])
                    start = index + 3
                    continue
                default: continue
                }
                guard index >= start else { continue }
                output.append(contentsOf: bytes[start..<index])
                replacement.withUTF8Buffer { output.append(contentsOf: $0) }
                start = index + 1
            }
            if start < bytes.count { output.append(contentsOf: bytes[start...]) }
        }
    }
}
