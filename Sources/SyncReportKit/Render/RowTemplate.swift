/// A template for what a report repeats once per error, event or record: the Mustache subset those need
/// (`{{name}}`, `{{{nameHTML}}}`, `{{#name}}`, `{{^name}}`, `{{! comment}}`), compiled once and rendered
/// straight into bytes.
///
/// swift-mustache took 41 µs to render one error row (a context stack of `Any`, escaping by `Character`);
/// a night of a million errors renders two million of these, so they get a renderer of their own. Pages
/// themselves are few and stay with swift-mustache; they take the rows through a `…HTML` field.
struct RowTemplate: Sendable {
    private let nodes: [Node]

    fileprivate indirect enum Node: Sendable {
        case literal([UInt8])
        case value(String, escaped: Bool)
        case section(String, inverted: Bool, [Node])
    }

    /// - Throws: `RenderError.template` at the tag's line and column for a tag outside the subset or an
    ///   unbalanced section.
    init(_ text: String, file: String) throws(RenderError) {
        var parser = RowTemplateParser(bytes: Array(text.utf8), file: file)
        nodes = try parser.parse()
    }

    /// Appends the rendering of `context` to `output`.
    func render(_ context: some RowContext, into output: inout [UInt8]) {
        var stack: [any RowContext] = [context]
        Self.render(nodes, stack: &stack, into: &output)
    }

    /// Every item rendered one after another, for a page's `…HTML` field.
    func rendered<Context: RowContext>(_ items: some Sequence<Context>) -> String {
        var bytes: [UInt8] = []
        for item in items { render(item, into: &bytes) }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func render(_ nodes: [Node], stack: inout [any RowContext], into output: inout [UInt8]) {
        for node in nodes {
            switch node {
            case .literal(let bytes):
                output.append(contentsOf: bytes)
            case .value(let name, let escaped):
                switch lookup(name, in: stack) {
                case .text(let text)?:
                    if escaped { XMLText.appendEscaped(text, to: &output) } else { output.append(contentsOf: text.utf8) }
                case .flag(let flag)?:
                    output.append(contentsOf: (flag ? "true" : "false").utf8)
                case .list, nil:
                    break
                }
            case .section(let name, let inverted, let children):
                let value = lookup(name, in: stack)
                if inverted {
                    if !(value?.isTruthy ?? false) { render(children, stack: &stack, into: &output) }
                    continue
                }
                switch value {
                case .list(let items)?:
                    for item in items {
                        stack.append(item)
                        render(children, stack: &stack, into: &output)
                        stack.removeLast()
                    }
                case let value? where value.isTruthy:
                    render(children, stack: &stack, into: &output)
                default:
                    break
                }
            }
        }
    }

    /// Mustache's lookup: the innermost context that knows the name.
    private static func lookup(_ name: String, in stack: [any RowContext]) -> RowValue? {
        for context in stack.reversed() {
            if let value = context.value(named: name) { return value }
        }
        return nil
    }
}

/// Reads the subset into nodes. A line that holds only a section or comment tag is left out whole, as
/// Mustache's standalone rule says, so row templates may be written one tag a line.
private struct RowTemplateParser {
    let bytes: [UInt8]
    let file: String
    private var offset = 0

    init(bytes: [UInt8], file: String) {
        self.bytes = bytes
        self.file = file
    }

    mutating func parse() throws(RenderError) -> [RowTemplate.Node] {
        var open: [(name: String, inverted: Bool, nodes: [RowTemplate.Node], at: Int)] = []
        var nodes: [RowTemplate.Node] = []
        var literal: [UInt8] = []
        func flush() {
            if !literal.isEmpty { nodes.append(.literal(literal)) }
            literal = []
        }
        while offset < bytes.count {
            guard bytes[offset] == UInt8(ascii: "{"), offset + 1 < bytes.count, bytes[offset + 1] == UInt8(ascii: "{") else {
                literal.append(bytes[offset])
                offset += 1
                continue
            }
            let start = offset
            let isTriple = offset + 2 < bytes.count && bytes[offset + 2] == UInt8(ascii: "{")
            let close: [UInt8] = isTriple ? Array("}}}".utf8) : Array("}}".utf8)
            let contentStart = offset + (isTriple ? 3 : 2)
            guard let end = find(close, from: contentStart) else { throw problem(at: start, "this tag is not closed") }
            offset = end + close.count
            var content = String(decoding: bytes[contentStart..<end], as: UTF8.self).trimmingCharacters(in: .whitespaces)
            let sigil = isTriple ? nil : content.first.flatMap { "#^/!&".contains($0) ? $0 : nil }
            if let sigil {
                content = String(content.dropFirst()).trimmingCharacters(in: .whitespaces)
                if sigil != "&" { stripStandalone(tagStart: start, literal: &literal) }
            } else if let first = content.first, !(first.isLetter || first == "_") {
                throw problem(at: start, "'{{\(content)}}' is not supported in a row template (names, sections and comments only)")
            }
            switch sigil {
            case "!"?:
                continue
            case "#"?, "^"?:
                flush()
                open.append((content, sigil == "^", nodes, start))
                nodes = []
            case "/"?:
                flush()
                guard let section = open.popLast(), section.name == content else {
                    throw problem(at: start, "'{{/\(content)}}' closes no open section")
                }
                let children = nodes
                nodes = section.nodes
                nodes.append(.section(section.name, inverted: section.inverted, children))
            default:
                flush()
                let raw = isTriple || sigil == "&"
                if raw, !content.hasSuffix("HTML") {
                    throw problem(at: start, "'\(content)' would be written unescaped; only fields named …HTML may be")
                }
                nodes.append(.value(content, escaped: !raw))
            }
        }
        flush()
        if let section = open.last { throw problem(at: section.at, "'{{#\(section.name)}}' is never closed") }
        return nodes
    }

    /// When the tag stands alone on its line, drops the indentation before it and the line break after it.
    private mutating func stripStandalone(tagStart: Int, literal: inout [UInt8]) {
        var before = tagStart
        while before > 0, bytes[before - 1] == UInt8(ascii: " ") || bytes[before - 1] == UInt8(ascii: "\t") { before -= 1 }
        guard before == 0 || bytes[before - 1] == UInt8(ascii: "\n") else { return }
        var after = offset
        while after < bytes.count, bytes[after] == UInt8(ascii: " ") || bytes[after] == UInt8(ascii: "\t") { after += 1 }
        if after < bytes.count, bytes[after] == UInt8(ascii: "\r") { after += 1 }
        guard after == bytes.count || bytes[after] == UInt8(ascii: "\n") else { return }
        literal.removeLast(tagStart - before)
        offset = min(after + 1, bytes.count)
    }

    private func find(_ needle: [UInt8], from start: Int) -> Int? {
        var index = start
        while index + needle.count <= bytes.count {
            if bytes[index] == needle[0], bytes[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    private func problem(at position: Int, _ message: String) -> RenderError {
        let before = bytes[..<position]
        let line = before.count { $0 == UInt8(ascii: "\n") } + 1
        let lineStart = before.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
        let column = bytes[lineStart..<position].count { $0 & 0xC0 != 0x80 } + 1
        return .template(file: file, line: line, column: column, problem: message)
    }
}
