/// Messages no rule knows that share one template, with a rule the administrator can complete and add.
public struct UnknownMessageGroup: Sendable, Equatable {
    /// The masked text, e.g. `Cannot find <table> record <record>.`
    public let template: String
    /// Messages in the group.
    public let count: Int
    /// Up to 3 distinct original messages, in first-seen order.
    public let examples: [String]
    /// A YAML rule (a list item of a rule file's `rules:`) matching every message of the group.
    public let ruleStub: String

    public init(template: String, count: Int, examples: [String], ruleStub: String) {
        self.template = template
        self.count = count
        self.examples = examples
        self.ruleStub = ruleStub
    }
}
