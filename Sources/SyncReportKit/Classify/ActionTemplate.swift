/// Action text with `{placeholders}`: `{record}`, `{mapping}` and the rule's named groups.
public struct ActionTemplate: Sendable, Hashable {
    enum Part: Sendable, Hashable {
        case text(String)
        case placeholder(String)
    }

    public let source: String
    let parts: [Part]
    /// Bytes of the fixed text, so rendering allocates once.
    private let literalLength: Int

    /// Placeholders every error provides, whatever the rule.
    static let contextNames: Set<String> = ["record", "mapping"]
    /// Bounds on a rule file's action: every error of the rule repeats it with its placeholders filled, so an
    /// action of megabytes, or one that repeats `{record}` thousands of times, would grow each error without
    /// limit. The longest default action has 321 characters and 3 placeholders.
    static let maxLength = 1_000
    static let maxPlaceholders = 10

    init(_ source: String) {
        var parts: [Part] = []
        var rest = source[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            if open > rest.startIndex { parts.append(.text(String(rest[..<open]))) }
            parts.append(.placeholder(String(rest[rest.index(after: open)..<close])))
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { parts.append(.text(String(rest))) }
        self.init(source: source, parts: parts)
    }

    private init(source: String, parts: [Part]) {
        self.source = source
        self.parts = parts
        literalLength = parts.reduce(0) { if case .text(let text) = $1 { $0 + text.utf8.count } else { $0 } }
    }

    var placeholders: [String] {
        parts.compactMap { if case .placeholder(let name) = $0 { name } else { nil } }
    }

    /// The template with the rule's groups filled in, leaving `{record}` and `{mapping}` (unless a group of that
    /// name wins): bound once per distinct message, rendered once per error.
    func bound(to groups: [String: String]) -> ActionTemplate {
        guard parts.contains(where: { if case .placeholder(let name) = $0 { groups[name] != nil || !Self.contextNames.contains(name) } else { false } })
        else { return self }
        var bound: [Part] = []
        for part in parts {
            let piece: Part
            switch part {
            case .placeholder(let name) where groups[name] != nil || !Self.contextNames.contains(name):
                var value = Self.withoutRepeatedWords(groups[name] ?? "")
                // "the {target}" with a captured "the source record" says "the" once.
                if case .text(let previous)? = bound.last, previous.hasSuffix("the "), value.lowercased().hasPrefix("the ") {
                    value.removeFirst(4)
                }
                piece = .text(value)
            default:
                piece = part
            }
            if case .text(let text) = piece, case .text(let previous)? = bound.last {
                bound[bound.count - 1] = .text(previous + text)
            } else {
                bound.append(piece)
            }
        }
        return ActionTemplate(source: source, parts: bound)
    }

    /// Business Central's own texts double a word at times ("the Dataverse Dataverse Account record", where
    /// the label puts the service's name before a caption that already holds it): a captured value says it once.
    static func withoutRepeatedWords(_ value: String) -> String {
        guard hasRepeatedWord(value) else { return value }
        let words = value.split(separator: " ", omittingEmptySubsequences: false)
        guard words.count > 1 else { return value }
        var kept: [Substring] = [words[0]]
        for word in words.dropFirst() where !(word == kept.last! && word.first?.isUppercase == true) { kept.append(word) }
        return kept.count == words.count ? value : kept.joined(separator: " ")
    }

    /// Whether a capitalised word follows itself; most values have none, and telling so splits nothing.
    private static func hasRepeatedWord(_ value: String) -> Bool {
        let bytes = value.utf8
        var previous: Range<String.Index>?
        var start = bytes.startIndex
        var index = start
        while true {
            let atEnd = index == bytes.endIndex
            if atEnd || bytes[index] == 0x20 {
                if let previous, start < index, bytes[previous].elementsEqual(bytes[start..<index]),
                   value[start...].first?.isUppercase == true {
                    return true
                }
                if atEnd { return false }
                previous = start..<index
                start = bytes.index(after: index)
            }
            index = bytes.index(after: index)
        }
    }

    /// Fills `{record}` and `{mapping}` (an empty mapping, one the exports do not name, reads "its mapping");
    /// other placeholders read as empty text, so bind the groups first.
    func render(record: String, mapping: String) -> String {
        render(recordLength: record.utf8.count, mapping: mapping) { $0 += record }
    }

    /// The same for a record written as `table key`, without building that text first: a night renders one
    /// action per error.
    func render(record: RecordID, mapping: String) -> String {
        render(recordLength: record.table.utf8.count + 1 + record.key.utf8.count, mapping: mapping) {
            $0 += record.table
            $0 += " "
            $0 += record.key
        }
    }

    private func render(recordLength: Int, mapping: String, appendRecord: (inout String) -> Void) -> String {
        var text = ""
        text.reserveCapacity(literalLength + 4 * (recordLength + mapping.utf8.count))
        for part in parts {
            switch part {
            case .text(let literal): text += literal
            case .placeholder(let name) where name == "record": appendRecord(&text)
            case .placeholder(let name) where name == "mapping" && mapping.isEmpty:
                // No mapping in the exports: "on mapping {mapping}" reads "on its mapping".
                if text.hasSuffix("mapping ") { text.removeLast(8) }
                text += "its mapping"
            case .placeholder(let name) where name == "mapping": text += mapping
            case .placeholder: break
            }
        }
        return text
    }
}
