import Foundation

/// One classification rule from a rule file: patterns over the message text, the cause they mean,
/// and the action to suggest.
public struct Rule: Sendable {
    public let id: String
    public let cause: Cause
    /// Higher is tried first; rules of equal priority keep their file order.
    public let priority: Int
    /// Empty when the rule decides by `condition` alone.
    public let patterns: [RulePattern]
    /// Facts the record must show for the rule to apply.
    public let condition: RuleCondition?
    public let action: ActionTemplate
    /// A named group whose text is classified again (wrapper messages carry the real error inside).
    public let unwrap: String?
    /// Where the rule was defined, e.g. `default.yml:42`.
    public let origin: String

    /// The first pattern that matches the normalised message, with its named groups, when the record's facts
    /// meet the condition.
    func match(_ text: MessageText.Prepared, facts: RecordFacts) -> [String: String]? {
        if let condition, !condition.holds(for: facts) { return nil }
        if patterns.isEmpty { return [:] }
        for pattern in patterns {
            if let groups = pattern.match(text) { return groups }
        }
        return nil
    }
}

/// A compiled regular expression with the names of its groups.
public struct RulePattern: @unchecked Sendable {
    public let source: String
    public let groupNames: [String]
    /// Lowercased texts of which every match contains one, if the pattern has such a set.
    let literals: [[UInt8]]?
    // NSRegularExpression is immutable after creation and documented as thread-safe.
    private let regex: NSRegularExpression

    init(source: String) throws {
        self.source = source
        regex = try NSRegularExpression(pattern: source, options: [.caseInsensitive])
        groupNames = Self.groupNames(in: source)
        literals = RequiredLiteral.anyOf(source)
    }

    func match(_ text: MessageText.Prepared) -> [String: String]? {
        if let literals, !literals.contains(where: text.lowercased.contains(bytes:)) { return nil }
        let text = text.text
        let range = NSRange(text.startIndex..., in: text)
        guard let result = regex.firstMatch(in: text, range: range) else { return nil }
        var groups: [String: String] = [:]
        for name in groupNames {
            let groupRange = result.range(withName: name)
            if groupRange.location != NSNotFound, let swiftRange = Range(groupRange, in: text) {
                groups[name] = String(text[swiftRange])
            }
        }
        return groups
    }

    /// Names of `(?<name>…)` groups, skipping escaped parentheses and look-behinds `(?<=`, `(?<!`.
    static func groupNames(in pattern: String) -> [String] {
        var names: [String] = []
        var characters = pattern[...]
        while let open = characters.firstIndex(of: "(") {
            let isEscaped = open > pattern.startIndex && pattern[pattern.index(before: open)] == "\\"
            characters = characters[characters.index(after: open)...]
            guard !isEscaped, characters.hasPrefix("?<") else { continue }
            let nameStart = characters.index(characters.startIndex, offsetBy: 2)
            let name = characters[nameStart...].prefix { $0.isLetter || $0.isNumber }
            if !name.isEmpty, characters[name.endIndex...].first == ">" { names.append(String(name)) }
        }
        return names
    }
}
