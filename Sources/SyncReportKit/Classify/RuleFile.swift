import Yams

/// Reads a rule file (YAML) into rules, checking every field and naming the line of each mistake.
enum RuleFile {
    /// `base` holds the rules a rule's `like` may name: a language pack's rule takes its English rule's cause,
    /// priority, action and unwrap group from there.
    static func parse(_ yaml: String, file: String, base: [String: Rule] = [:]) throws(RuleError) -> [Rule] {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw Self.syntaxError(error, file: file)
        } catch {
            throw .syntax(file: file, line: 1, column: 1, problem: "\(error)")
        }
        guard let root, let top = root.mapping else {
            throw .invalid(file: file, line: 1, column: 1, problem: "a rule file is a mapping with a 'rules' list")
        }
        var place = Place(file: file, base: base)
        try place.onlyKeys(["version", "language", "rules"], in: top, node: root)
        if let version = top["version"], version.int != 1 {
            throw place.invalid(version, "unsupported rule file version '\(version.string ?? "")'; this tool reads version 1")
        }
        if let code = top["language"] {
            guard let language = code.string.flatMap(Language.init(code:)) else {
                throw place.invalid(code, "unknown language '\(code.string ?? "")'; expected one of \(Language.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            place.language = language == .english ? nil : language
        }
        guard let list = top["rules"], case .sequence(let entries) = list else {
            throw place.invalid(root, "missing 'rules:' list")
        }
        var seen: Set<String> = []
        var rules: [Rule] = []
        for entry in entries {
            let rule = try place.rule(entry)
            guard seen.insert(rule.id).inserted else { throw place.invalid(entry, "rule id '\(rule.id)' is defined twice") }
            rules.append(rule)
        }
        return rules
    }

    private static func syntaxError(_ error: YamlError, file: String) -> RuleError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            .syntax(file: file, line: mark.line, column: mark.column, problem: problem)
        default:
            .syntax(file: file, line: 1, column: 1, problem: "\(error)")
        }
    }
}

private struct Place {
    let file: String
    let base: [String: Rule]
    var language: Language?

    init(file: String, base: [String: Rule]) {
        self.file = file
        self.base = base
    }

    func invalid(_ node: Node, _ problem: String) -> RuleError {
        .invalid(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1, problem: problem)
    }

    func onlyKeys(_ allowed: Set<String>, in mapping: Node.Mapping, node: Node) throws(RuleError) {
        for (key, _) in mapping {
            guard let name = key.string, allowed.contains(name) else {
                throw invalid(key, "unknown key '\(key.string ?? "?")'; expected one of \(allowed.sorted().joined(separator: ", "))")
            }
        }
    }

    func string(_ key: String, in mapping: Node.Mapping, of node: Node) throws(RuleError) -> String {
        guard let value = mapping[key] else { throw invalid(node, "missing '\(key)'") }
        guard case .scalar = value, let text = value.string, !text.isEmpty else {
            throw invalid(value, "'\(key)' must be a non-empty text")
        }
        return text
    }

    func rule(_ node: Node) throws(RuleError) -> Rule {
        guard let mapping = node.mapping else { throw invalid(node, "a rule is a mapping with id, cause, match and action") }
        try onlyKeys(["id", "cause", "priority", "match", "when", "action", "unwrap", "like", "source"], in: mapping, node: node)
        let id = try string("id", in: mapping, of: node)
        let like = try self.like(mapping, rule: id, node: node)
        let cause = if let like { like.cause } else { try self.cause(mapping, rule: id, node: node) }
        var priority = like?.priority ?? 0
        if let value = mapping["priority"] {
            guard let number = value.int else { throw invalid(value, "rule '\(id)': priority must be a whole number") }
            priority = number
        }
        let condition = try self.condition(mapping["when"], rule: id)
        let patterns = condition != nil && mapping["match"] == nil ? [] : try self.patterns(mapping["match"], rule: id, node: node)
        let action = if let like { like.action } else { try self.action(mapping, rule: id, node: node) }
        let actionNode = mapping["action"] ?? mapping["like"] ?? node
        for name in action.placeholders where !ActionTemplate.contextNames.contains(name) {
            // Whichever pattern matches fills the action, so each must define the group.
            if patterns.isEmpty {
                throw invalid(actionNode, "rule '\(id)': the action uses {\(name)}, but a rule without patterns only has {record} and {mapping}")
            }
            if let pattern = patterns.first(where: { !$0.groupNames.contains(name) }) {
                throw invalid(actionNode, "rule '\(id)': the action uses {\(name)}, which is neither one of {record}, {mapping} nor a named group of the pattern \(pattern.source)")
            }
        }
        let unwrap = try self.unwrap(mapping, inherited: like?.unwrap, groups: Set(patterns.flatMap(\.groupNames)), rule: id, node: node)
        return Rule(
            id: id, cause: cause, priority: priority, patterns: patterns, condition: condition, action: action, unwrap: unwrap,
            origin: "\(file):\(node.mark?.line ?? 1)", language: language, sources: try sources(mapping["source"], rule: id))
    }

    /// The rule `like` names, whose cause and action this one repeats in another language's words.
    private func like(_ mapping: Node.Mapping, rule id: String, node: Node) throws(RuleError) -> Rule? {
        guard mapping["like"] != nil else { return nil }
        let name = try string("like", in: mapping, of: node)
        guard let rule = base[name] else {
            throw invalid(mapping["like"] ?? node, "rule '\(id)': like names '\(name)', which is not a default rule's id")
        }
        for key in ["cause", "action"] where mapping[key] != nil {
            throw invalid(mapping[key] ?? node, "rule '\(id)': a rule with 'like' takes its \(key) from '\(name)'; leave '\(key)' out")
        }
        return rule
    }

    private func cause(_ mapping: Node.Mapping, rule id: String, node: Node) throws(RuleError) -> Cause {
        let text = try string("cause", in: mapping, of: node)
        guard let cause = Cause(rawValue: text) else {
            throw invalid(mapping["cause"] ?? node, "rule '\(id)': unknown cause '\(text)'; expected one of \(Cause.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return cause
    }

    private func action(_ mapping: Node.Mapping, rule id: String, node: Node) throws(RuleError) -> ActionTemplate {
        let action = ActionTemplate(try string("action", in: mapping, of: node))
        guard action.source.count <= ActionTemplate.maxLength, action.placeholders.count <= ActionTemplate.maxPlaceholders else {
            throw invalid(mapping["action"] ?? node, "rule '\(id)': the action has \(action.source.count) characters and \(action.placeholders.count) placeholders; at most \(ActionTemplate.maxLength) and \(ActionTemplate.maxPlaceholders) are allowed, as every error of the rule repeats it")
        }
        return action
    }

    /// A `like` rule unwraps the group its English rule does, which its own patterns must then define.
    private func unwrap(
        _ mapping: Node.Mapping, inherited: String?, groups: Set<String>, rule id: String, node: Node
    ) throws(RuleError) -> String? {
        let group = mapping["unwrap"] != nil ? try string("unwrap", in: mapping, of: node) : inherited
        guard let group else { return nil }
        guard groups.contains(group) else {
            throw invalid(mapping["unwrap"] ?? mapping["like"] ?? node, "rule '\(id)': unwrap names '\(group)', which is not a named group of its patterns")
        }
        return group
    }

    private func sources(_ value: Node?, rule id: String) throws(RuleError) -> [String] {
        guard let value else { return [] }
        return try texts(value, rule: id, key: "source", kind: "a text", item: "a source").map(\.text)
    }

    private func condition(_ value: Node?, rule id: String) throws(RuleError) -> RuleCondition? {
        guard let value else { return nil }
        guard let mapping = value.mapping, !mapping.isEmpty else {
            throw invalid(value, "rule '\(id)': 'when' is a mapping of facts, e.g. {recordExists: false}")
        }
        try onlyKeys(Set(RecordFacts.Fact.allCases.map(\.rawValue)), in: mapping, node: value)
        var required = RecordFacts()
        for fact in RecordFacts.Fact.allCases {
            guard let node = mapping[fact.rawValue] else { continue }
            guard let flag = node.bool else { throw invalid(node, "rule '\(id)': '\(fact.rawValue)' must be true or false") }
            required[fact] = flag
        }
        return RuleCondition(required)
    }

    private func patterns(_ value: Node?, rule id: String, node: Node) throws(RuleError) -> [RulePattern] {
        guard let value else { throw invalid(node, "rule '\(id)': missing 'match'") }
        let sources = try texts(value, rule: id, key: "match", kind: "a regular expression", item: "a pattern")
        guard !sources.isEmpty else { throw invalid(value, "rule '\(id)': 'match' is empty") }
        var patterns: [RulePattern] = []
        for (source, node) in sources {
            do {
                patterns.append(try RulePattern(source: source))
            } catch {
                throw invalid(node, "rule '\(id)': not a valid regular expression: \(source)")
            }
        }
        return patterns
    }

    /// A key's value that is `kind` or a list of them, each a non-empty text, with the node it came from.
    private func texts(
        _ value: Node, rule id: String, key: String, kind: String, item: String
    ) throws(RuleError) -> [(text: String, node: Node)] {
        let items: [Node]
        switch value {
        case .scalar: items = [value]
        case .sequence(let sequence): items = Array(sequence)
        default: throw invalid(value, "rule '\(id)': '\(key)' is \(kind) or a list of them")
        }
        var texts: [(text: String, node: Node)] = []
        for node in items {
            guard let text = node.string, !text.isEmpty else { throw invalid(node, "rule '\(id)': \(item) must be a non-empty text") }
            texts.append((text, node))
        }
        return texts
    }
}
