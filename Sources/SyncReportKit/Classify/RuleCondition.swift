/// What a rule may require of the record besides its message: the direct evidence of Coupled Data
/// Synchronization Errors and the coupling. An unset requirement always holds; a set one holds only when the
/// exports state that fact (an unknown fact does not satisfy it).
public struct RuleCondition: Sendable, Hashable {
    public var facts: RecordFacts

    public init(_ facts: RecordFacts) {
        self.facts = facts
    }

    func holds(for known: RecordFacts) -> Bool {
        Self.holds(facts.recordExists, known.recordExists) && Self.holds(facts.coupledRecordExists, known.coupledRecordExists)
            && Self.holds(facts.isSkipped, known.isSkipped) && Self.holds(facts.changedOnBothSides, known.changedOnBothSides)
            && Self.holds(facts.lastSyncIntoBCFailed, known.lastSyncIntoBCFailed)
            && Self.holds(facts.lastSyncIntoDataverseFailed, known.lastSyncIntoDataverseFailed)
    }

    /// Spelled out rather than looping over `Fact.allCases`, which allocates: this runs for every message.
    private static func holds(_ required: Bool?, _ fact: Bool?) -> Bool {
        guard let required else { return true }
        return fact == required
    }

    /// The facts that decided, as the report shows them: `Record Exists: No`.
    var evidence: String {
        RecordFacts.Fact.allCases.compactMap { fact in
            facts[fact].map { "\(fact.label): \($0 ? "Yes" : "No")" }
        }.joined(separator: ", ")
    }
}
