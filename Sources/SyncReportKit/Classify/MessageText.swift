/// The form of a message that rules match: AL line breaks (`\`, CR, LF) and tabs are spaces,
/// whitespace runs are one space, ends are trimmed. Exports write the same label all three ways.
enum MessageText {
    /// A normalised message with its lowercased bytes, for the literal prefilter.
    struct Prepared {
        let text: String
        let lowercased: [UInt8]

        init(_ normalized: String) {
            text = normalized
            lowercased = Array(normalized.lowercased().utf8)
        }
    }

    static func normalize(_ message: String) -> String {
        var scalars = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in message.unicodeScalars {
            switch scalar {
            case "\\", "\r", "\n", "\t", " ":
                pendingSpace = true
            default:
                if pendingSpace, !scalars.isEmpty { scalars.append(" ") }
                pendingSpace = false
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }
}
