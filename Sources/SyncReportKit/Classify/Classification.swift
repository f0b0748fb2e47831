/// Why an error happened and what to do, with the evidence that decided it.
public struct Classification: Sendable, Hashable {
    public var cause: Cause
    /// The deciding rule's id; `none` when no rule matched. For a wrapper, the inner rule.
    public var ruleID: String
    /// The rules that matched, outermost first, e.g. `["wrapper.modifying-failed", "conflict.bidirectional-field-changed"]`.
    public var ruleChain: [String]
    /// The text the deciding rule matched (the inner text for wrappers).
    public var matchedText: String
    /// The deciding rule's named groups, e.g. the dependency or the privilege.
    public var groups: [String: String]
    public var action: String

    public init(cause: Cause, ruleID: String, ruleChain: [String], matchedText: String, groups: [String: String] = [:], action: String) {
        self.cause = cause
        self.ruleID = ruleID
        self.ruleChain = ruleChain
        self.matchedText = matchedText
        self.groups = groups
        self.action = action
    }

    /// The rule id used when no rule matched.
    public static let noRule = "none"
}
