/// The form of a message that rules match: AL line breaks (`\`, CR, LF) and tabs are spaces,
/// whitespace runs are one space, ends are trimmed. Exports write the same label all three ways.
enum MessageText {
    static func normalize(_ message: String) -> String {
        isNormal(message) ? message : String(decoding: normalizedBytes(message), as: UTF8.self)
    }

    /// Most messages are already in this form; telling so costs no copy.
    private static func isNormal(_ message: String) -> Bool {
        var previous: UInt8 = 0x20
        for byte in message.utf8 {
            switch byte {
            case 0x5C, 0x0D, 0x0A, 0x09: return false
            case 0x20 where previous == 0x20: return false
            default: previous = byte
            }
        }
        return previous != 0x20 || message.isEmpty
    }

    /// Works on UTF-8 bytes: every character it changes is ASCII, so multi-byte characters pass untouched.
    static func normalizedBytes(_ message: String) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(message.utf8.count)
        var pendingSpace = false
        for byte in message.utf8 {
            switch byte {
            case 0x5C, 0x0D, 0x0A, 0x09, 0x20:
                pendingSpace = true
            default:
                if pendingSpace, !bytes.isEmpty { bytes.append(0x20) }
                pendingSpace = false
                bytes.append(byte)
            }
        }
        return bytes
    }
}
