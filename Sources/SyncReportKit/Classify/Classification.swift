/// Why an error happened and what to do, with the evidence that decided it.
///
/// It is the same for every error repeating a message, so it is kept once and shared: copying a classification
/// costs one reference, whatever the evidence holds. The action's words name the error's record and mapping, so
/// they are written where they are read (`action(record:mapping:)`): a night of a million errors never holds a
/// million sentences.
public struct Classification: Sendable, Hashable {
    private let decided: Decided

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
    /// The deciding rule's action with its groups filled in, leaving `{record}` and `{mapping}`.
    var actionTemplate: ActionTemplate { decided.fields.action }

    init(
        cause: Cause, ruleID: String, ruleChain: [String], matchedText: String, groups: [String: String] = [:],
        isDecidedByFacts: Bool = false, abandonedRules: [String] = [], language: Language = .english, action: ActionTemplate
    ) {
        decided = Decided(.init(
            cause: cause, ruleID: ruleID, ruleChain: ruleChain, matchedText: matchedText, groups: groups,
            isDecidedByFacts: isDecidedByFacts, abandonedRules: abandonedRules, language: language, action: action))
    }

    /// What to do, naming the record and the mapping, e.g. `Couple Currency EUR first, then Retry Customer C1.`
    public func action(record: String, mapping: String) -> String {
        decided.fields.action.render(record: record, mapping: mapping)
    }

    /// The same for an error's record; a record neither side names reads "the job".
    func action(of record: RecordRef, mapping: String) -> String {
        guard let named = record.businessCentral ?? record.dataverse else {
            return action(record: record.displayName, mapping: mapping)
        }
        return decided.fields.action.render(record: named, mapping: mapping)
    }

    public static func == (lhs: Classification, rhs: Classification) -> Bool {
        lhs.decided === rhs.decided || lhs.decided.fields == rhs.decided.fields
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(decided.fields)
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
        let action: ActionTemplate
    }
}
