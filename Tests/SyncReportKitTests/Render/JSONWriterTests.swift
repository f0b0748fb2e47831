import Foundation
import Testing
@testable import SyncReportKit

@Suite struct JSONWriterTests {
    /// data.json's entries are written by hand: each string must come out as JSONEncoder writes it, and read
    /// back as the same text.
    @Test(arguments: [
        "plain", "", "say \"hi\"", "back\\slash", "a/b", "tab\tline\nreturn\r", "\u{08}\u{0C}\u{01}\u{1F}",
        "Größe 100 €", "emoji 👩‍💻 and \u{2028}", "\"", "ends with \\",
    ])
    func stringsAreWrittenAsJSONEncoderWritesThem(text: String) throws {
        var writer = JSONWriter()
        var bytes: [UInt8] = []
        try writer.array("entries", [text], out: &bytes) { json, value in json.string("text", value, last: true) }
        bytes += writer.take()
        let encoder = JSONEncoder()
        encoder.outputFormatting = .withoutEscapingSlashes
        let quoted = String(decoding: try encoder.encode(text), as: UTF8.self)
        #expect(String(decoding: bytes, as: UTF8.self) == "  \"entries\" : [\n    {\"text\":\(quoted)}\n  ],\n")
        let object = "{" + String(decoding: bytes, as: UTF8.self).dropLast(2) + "}"
        let parsed = try JSONSerialization.jsonObject(with: Data(object.utf8)) as? [String: [[String: String]]]
        #expect(parsed?["entries"]?.first?["text"] == text)
    }
}
