/// Why an error happened and what to do, with the evidence that decided it.
///
/// Everything but the action is the same for every error repeating a message, so it is kept once and shared:
/// copying a classification costs two references, whatever the evidence holds.
public struct Classification: Sendable, Hashable {
    private let decided: Decided
    public var action: String

    public var cause: Cause { decided.fields.cause }
    /// The deciding rule's id; `none` when no rule matched. For a wrapper, the inner rule.
    public var ruleID: String { decided.fields.ruleID }
    /// The rules that matched, outermost first, e.g. `["wrapper.modifying-failed", "conflict.bidirectional-field-changed"]`.
    public var ruleChain: [String] { decided.fields.ruleChain }
    /// The text the deciding rule matched (the inner text for wrappers), or the facts that decided.
    public var matchedText: String { decided.fields.matchedText }
    /// The deciding rule's named groups, e.g. the dependency or the privilege.
    public var groups: [String: String] { decided.fields.groups }
    /// The deciding rule has no pattern: `matchedText` names the facts that decided.
    public var isDecidedByFacts: Bool { decided.fields.isDecidedByFacts }
    /// Rules whose pattern gave up on the message (see `RulePattern.patience`), so later rules decided.
    public var abandonedRules: [String] { decided.fields.abandonedRules }
    /// The language the message was read as: English, or the language whose pack was tried with English.
    public var language: Language { decided.fields.language }

    public init(
        cause: Cause, ruleID: String, ruleChain: [String], matchedText: String, groups: [String: String] = [:],
        isDecidedByFacts: Bool = false, abandonedRules: [String] = [], language: Language = .english, action: String
    ) {
        decided = Decided(.init(
            cause: cause, ruleID: ruleID, ruleChain: ruleChain, matchedText: matchedText, groups: groups,
            isDecidedByFacts: isDecidedByFacts, abandonedRules: abandonedRules, language: language))
        self.action = action
    }

    public static func == (lhs: Classification, rhs: Classification) -> Bool {
        lhs.action == rhs.action && (lhs.decided === rhs.decided || lhs.decided.fields == rhs.decided.fields)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(decided.fields)
        hasher.combine(action)
    }

    /// The rule id used when no rule matched.
    public static let noRule = "none"
}

/// Immutable, hence safe to share between threads.
private final class Decided: Sendable {
    let fields: Fields

    init(_ fields: Fields) {
        self.fields = fields
    }

    struct Fields: Hashable, Sendable {
        let cause: Cause
        let ruleID: String
        let ruleChain: [String]
        let matchedText: String
        let groups: [String: String]
        let isDecidedByFacts: Bool
        let abandonedRules: [String]
        let language: Language
    }
}
