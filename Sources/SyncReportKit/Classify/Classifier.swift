/// The Classify stage: gives every error a cause, the rule that decided it and an action naming the record.
public struct Classifier: Sendable {
    public let rules: RuleSet

    public init(rules: RuleSet) {
        self.rules = rules
    }

    /// Wrappers rarely nest deeper; the bound keeps a self-matching user rule from looping.
    private static let maxUnwrapDepth = 4

    /// Classifies one message. `record` and `mapping` fill the action's `{record}` and `{mapping}`.
    public func classify(_ message: String, record: String, mapping: String) -> Classification {
        let context = ["record": record, "mapping": mapping]
        return classify(normalized: MessageText.normalize(message), context: context, depth: 0)
            ?? Classification(
                cause: .unclassified, ruleID: Classification.noRule, ruleChain: [], matchedText: "",
                action: "No rule knows this message. Open Integration Synchronization Errors, read the full message and the error call stack for \(record), fix the cause, then choose Retry; add a rule for it to your rule file.")
    }

    private func classify(normalized text: String, context: [String: String], depth: Int) -> Classification? {
        for rule in rules.rules {
            guard let groups = rule.match(text) else { continue }
            let values = groups.merging(context) { group, _ in group }
            let own = Classification(
                cause: rule.cause, ruleID: rule.id, ruleChain: [rule.id], matchedText: text,
                action: rule.action.render(values))
            guard let group = rule.unwrap, let inner = groups[group], !inner.isEmpty, depth < Self.maxUnwrapDepth,
                  var decided = classify(normalized: inner, context: context, depth: depth + 1),
                  decided.cause != .unclassified
            else { return own }
            decided.ruleChain.insert(rule.id, at: 0)
            return decided
        }
        return nil
    }
}

extension Classifier {
    /// Classifies every error of the night; order follows `dataset.errors`.
    public func run(_ dataset: Dataset) -> ClassifiedNight {
        let index = RecordIndex(dataset)
        let jobs = Dictionary(dataset.jobs.map { ($0.id, $0) }) { _, last in last }
        let errors = dataset.errors.map { error in
            let record = index.record(of: error)
            let job = error.jobID.flatMap { jobs[$0] }
            let mapping = job?.mapping ?? ""
            let direction = job?.direction ?? Self.direction(of: error)
            let classification = classify(
                error.message, record: record.displayName, mapping: mapping.isEmpty ? "(unknown mapping)" : mapping)
            return ClassifiedError(error: error, record: record, mapping: mapping, direction: direction, classification: classification)
        }
        return ClassifiedNight(dataset: dataset, errors: errors)
    }

    /// Without the job, the source record's side tells the direction.
    private static func direction(of error: SyncError) -> SyncDirection? {
        guard let source = error.source else { return nil }
        return source.isDataverseSide ? .fromIntegrationTable : .toIntegrationTable
    }
}
