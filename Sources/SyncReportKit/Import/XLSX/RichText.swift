/// The text of a string item: a shared string `<si>` or an inline string `<is>`, plain (`<t>`) or in
/// rich-text runs (`<r><t>`). Phonetic guides (`<rPh>`) are not part of the text.
enum RichText {
    /// Appends the text of the item the reader is on, and leaves the reader on the item's end.
    static func append(itemAt reader: PartReader, to bytes: inout [UInt8]) throws(ImportError) {
        if reader.isEmptyElement { return }
        let start = bytes.count
        var depth = 1
        var phoneticDepth: Int?
        var textStart: Int?
        var keepsSpace = false
        while let node = try reader.next() {
            switch node {
            case .element:
                if reader.isEmptyElement { continue }
                depth += 1
                let name = reader.name
                if name == "rPh" {
                    phoneticDepth = phoneticDepth ?? depth
                } else if name == "t", phoneticDepth == nil {
                    textStart = bytes.count
                    keepsSpace = reader.attribute("xml:space") == "preserve"
                }
            case .text:
                if textStart != nil { reader.appendText(to: &bytes) }
            case .endElement:
                if let from = textStart {
                    if !keepsSpace { trimXMLSpace(&bytes, from: from) }
                    textStart = nil
                }
                if depth == phoneticDepth { phoneticDepth = nil }
                depth -= 1
                if depth == 0 {
                    EscapedCharacters.decode(&bytes, from: start)
                    return
                }
            case .documentType, .other:
                break
            }
        }
    }

    /// Without `xml:space="preserve"`, leading and trailing white space of a `<t>` is layout, not text.
    private static func trimXMLSpace(_ bytes: inout [UInt8], from start: Int) {
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
        while bytes.count > start, isSpace(bytes[bytes.count - 1]) { bytes.removeLast() }
        var first = start
        while first < bytes.count, isSpace(bytes[first]) { first += 1 }
        if first > start { bytes.removeSubrange(start..<first) }
    }
}
