/// Action text with `{placeholders}`: `{record}`, `{mapping}` and the rule's named groups.
public struct ActionTemplate: Sendable, Equatable {
    enum Part: Sendable, Equatable {
        case text(String)
        case placeholder(String)
    }

    public let source: String
    let parts: [Part]
    /// Bytes of the fixed text, so rendering allocates once.
    private let literalLength: Int

    /// Placeholders every error provides, whatever the rule.
    static let contextNames: Set<String> = ["record", "mapping"]

    init(_ source: String) {
        self.source = source
        var parts: [Part] = []
        var rest = source[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            if open > rest.startIndex { parts.append(.text(String(rest[..<open]))) }
            parts.append(.placeholder(String(rest[rest.index(after: open)..<close])))
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { parts.append(.text(String(rest))) }
        self.parts = parts
        literalLength = parts.reduce(0) { if case .text(let text) = $1 { $0 + text.utf8.count } else { $0 } }
    }

    var placeholders: [String] {
        parts.compactMap { if case .placeholder(let name) = $0 { name } else { nil } }
    }

    /// A rule's own group wins over the record or mapping of the same name.
    func render(groups: [String: String], record: String, mapping: String) -> String {
        var text = ""
        text.reserveCapacity(literalLength + 4 * (record.utf8.count + mapping.utf8.count))
        for part in parts {
            switch part {
            case .text(let literal): text += literal
            case .placeholder(let name):
                text += groups[name] ?? (name == "record" ? record : name == "mapping" ? mapping : "")
            }
        }
        return text
    }
}
