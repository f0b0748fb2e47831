/// The masked form of a message: variable parts replaced by typed placeholders such as <guid>, <number>, <date>,
/// <quoted>, <record>, <table>, <url>, <email>, <code> (and <field>, <name> for field captions and names).
///
/// Values are recognised by their shape and their place in the sentence, never by a list of known values, so
/// messages no rule knows group by the Business Central label they come from.
public enum MessageMask {
    public static func template(of message: String) -> String {
        var text = MaskedText(bytes: QuotedValues.mask(normalized(message)))
        text.markConstants()
        text.maskValues()
        text.maskCaptions()
        text.collapse()
        return text.rendered()
    }

    /// The UTF-8 of `MessageText.normalize(message)`, made without building a string scalar by scalar: every
    /// character it replaces is ASCII.
    static func normalized(_ message: String) -> [UInt8] {
        message.utf8.withContiguousStorageIfAvailable(normalized) ?? normalized(Array(message.utf8))
    }

    private static func normalized(_ utf8: some Collection<UInt8>) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        var pendingSpace = false
        for byte in utf8 {
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
