import Foundation

/// Where a large file's bytes go as they are made: memory, or a file hashed as it is written.
protocol ByteSink {
    mutating func append(_ bytes: [UInt8]) throws(PublishError)
}

extension [UInt8]: ByteSink {
    mutating func append(_ bytes: [UInt8]) throws(PublishError) {
        append(contentsOf: bytes)
    }
}

/// Writes a JSON object's members: small members in JSONEncoder's pretty-printed form (two spaces a level,
/// `"key" : value`, slashes unescaped), through JSONEncoder itself; the entries of large arrays by hand, one
/// compact object a line (a million errors would otherwise be a tenth whitespace), handing bytes to the sink
/// a megabyte at a time.
struct JSONWriter {
    private var bytes: [UInt8] = []
    private static let flushAt = 1 << 20

    mutating func raw(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// A top-level member whose value JSONEncoder writes.
    mutating func member(_ key: String, encoded value: some Encodable, last: Bool = false) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Every member is a plain value; encoding cannot fail.
        let text = String(decoding: try! encoder.encode(value), as: UTF8.self)
        raw("  \"\(key)\" : " + text.replacingOccurrences(of: "\n", with: "\n  ") + (last ? "\n" : ",\n"))
    }

    /// A top-level array member whose entries are objects written by `entry`.
    mutating func array<Element>(
        _ key: String, _ elements: [Element], out: inout some ByteSink, _ entry: (inout JSONWriter, Element) -> Void
    ) throws(PublishError) {
        raw("  \"\(key)\" : [")
        // By position: iterating would copy each element whole, retaining every string of a million errors.
        for index in elements.indices {
            raw(index == 0 ? "\n    {" : ",\n    {")
            entry(&self, elements[index])
            raw("}")
            if bytes.count >= Self.flushAt { try out.append(take()) }
        }
        raw(elements.isEmpty ? "\n\n  ],\n" : "\n  ],\n")
    }

    /// A member of an entry: a string, or null.
    mutating func string(_ key: String, _ value: String?, last: Bool = false) {
        raw("\"\(key)\":")
        if let value { appendQuoted(value) } else { raw("null") }
        if !last { raw(",") }
    }

    mutating func integer(_ key: String, _ value: Int?, last: Bool = false) {
        raw("\"\(key)\":\(value.map(String.init) ?? "null")" + (last ? "" : ","))
    }

    /// What is written so far, handed over.
    mutating func take() -> [UInt8] {
        defer { bytes = [] }
        return bytes
    }

    /// JSON's escapes as JSONEncoder writes them; everything else, `/` and non-ASCII included, as it is.
    /// Runs without escapes are copied whole: messages and actions are most of a large data.json.
    private mutating func appendQuoted(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            var start = 0
            for index in 0..<utf8.count {
                let byte = utf8[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                bytes.append(contentsOf: utf8[start..<index])
                appendEscape(byte)
                start = index + 1
            }
            bytes.append(contentsOf: utf8[start...])
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func appendEscape(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""): bytes += [0x5C, 0x22]
        case UInt8(ascii: "\\"): bytes += [0x5C, 0x5C]
        case 0x0A: bytes += [0x5C, UInt8(ascii: "n")]
        case 0x0D: bytes += [0x5C, UInt8(ascii: "r")]
        case 0x09: bytes += [0x5C, UInt8(ascii: "t")]
        case 0x08: bytes += [0x5C, UInt8(ascii: "b")]
        case 0x0C: bytes += [0x5C, UInt8(ascii: "f")]
        default:
            let hex = Array("0123456789abcdef".utf8)
            bytes += Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
        }
    }
}
