import Foundation

/// The Classify stage: gives every error a cause, the rule that decided it and an action naming the record.
public struct Classifier: Sendable {
    public let rules: RuleSet
    private let matcher: RuleMatcher
    private let askedFacts: Set<RecordFacts.Fact>

    public init(rules: RuleSet) {
        self.rules = rules
        matcher = RuleMatcher(rules.rules)
        askedFacts = Set(rules.rules.compactMap(\.condition).flatMap { condition in
            RecordFacts.Fact.allCases.filter { condition.facts[$0] != nil }
        })
    }

    /// Wrappers rarely nest deeper; the bound keeps a self-matching user rule from looping.
    private static let maxUnwrapDepth = 4

    private static let unknownAction = ActionTemplate(
        "No rule knows this message. Open Integration Synchronization Errors, read the full message and the error call stack for {record}, fix the cause, then choose Retry; add a rule for it to your rule file.")

    /// Classifies one message. `record` and `mapping` fill the action's `{record}` and `{mapping}`.
    public func classify(_ message: String, record: String, mapping: String, facts: RecordFacts = .unknown) -> Classification {
        decision(for: MatchKey(message: message, facts: facts)).classification(record: record, mapping: mapping)
    }

    /// Which rules decide a message; independent of the record, so equal messages share one match. Where the
    /// text decides nothing (no rule, or a rule of cause `unclassified`), the first rule that decides by facts
    /// alone does, after the text rules that led there.
    private func match(normalized text: String, facts: RecordFacts, depth: Int) -> RuleMatch? {
        guard let (index, groups) = matcher.firstMatch(text, facts: facts) else { return factMatch(facts: facts, after: []) }
        let rule = matcher.rules[index]
        let own = RuleMatch(chain: [rule], groups: groups, text: rule.patterns.isEmpty ? rule.condition?.evidence ?? text : text)
        guard let group = rule.unwrap, let inner = groups[group], !inner.isEmpty, depth < Self.maxUnwrapDepth,
              var decided = match(normalized: inner, facts: facts, depth: depth + 1),
              decided.rule.cause != .unclassified
        else { return own.rule.cause == .unclassified ? factMatch(facts: facts, after: own.chain) ?? own : own }
        decided.chain.insert(rule, at: 0)
        return decided
    }

    private func factMatch(facts: RecordFacts, after chain: [Rule]) -> RuleMatch? {
        guard let index = matcher.firstFactRule(facts) else { return nil }
        let rule = matcher.rules[index]
        return RuleMatch(chain: chain + [rule], groups: [:], text: rule.condition?.evidence ?? "")
    }

    private func decision(for key: MatchKey) -> Decision {
        guard let match = match(normalized: MessageText.normalize(key.message), facts: key.facts, depth: 0) else {
            return Decision(
                classification: Classification(cause: .unclassified, ruleID: Classification.noRule, ruleChain: [], matchedText: "", action: ""),
                action: Self.unknownAction)
        }
        return Decision(
            classification: Classification(
                cause: match.rule.cause, ruleID: match.rule.id, ruleChain: match.chain.map(\.id), matchedText: match.text,
                groups: match.groups, action: ""),
            action: match.rule.action)
    }
}

private struct MatchKey: Hashable, Sendable {
    let message: String
    let facts: RecordFacts
}

/// The rules that matched a message, outermost first; the last one decides.
private struct RuleMatch {
    var chain: [Rule]
    var groups: [String: String]
    var text: String

    var rule: Rule { chain[chain.count - 1] }
}

/// What a message with its facts gets, all but the action's record and mapping: shared by every error that
/// repeats the message.
private struct Decision: Sendable {
    var classification: Classification
    var action: ActionTemplate

    func classification(record: String, mapping: String) -> Classification {
        var result = classification
        result.action = action.render(groups: result.groups, record: record, mapping: mapping)
        return result
    }
}

/// An error's record, job and facts, found before its message is matched.
private struct Subject: Sendable {
    var record: RecordRef
    var key: MatchKey
    var mapping: String
    var direction: SyncDirection?
}

extension Classifier {
    /// Classifies every error of the night; order follows `dataset.errors`.
    public func run(_ dataset: Dataset) -> ClassifiedNight {
        let index = RecordIndex(dataset)
        // Only what errors need of their job, so no job is copied per error.
        let jobs = dataset.jobsByID.mapValues { (mapping: $0.mapping, direction: $0.direction) }
        let subjects = dataset.errors.parallelMap { error in
            let record = index.record(of: error)
            // Facts no rule asks about would only split equal messages into separate matches.
            let facts = RecordFacts(error.recordState, coupling: index.coupling(of: record)).keeping(askedFacts)
            let job = error.jobID.flatMap { jobs[$0] }
            return Subject(
                record: record, key: MatchKey(message: error.message, facts: facts), mapping: job?.mapping ?? "",
                direction: job?.direction ?? Self.direction(of: error))
        }
        // A night repeats the same failure on every run: each distinct message is matched once.
        let (distinct, slotOfError) = subjects.map(\.key).distinctWithSlots()
        let decisions = distinct.parallelMap(minimumChunk: 256) { decision(for: $0) }
        let errors = Array(dataset.errors.indices).parallelMap { position in
            let subject = subjects[position]
            let mapping = subject.mapping.isEmpty ? "(unknown mapping)" : subject.mapping
            return ClassifiedError(
                error: dataset.errors[position], record: subject.record, mapping: subject.mapping, direction: subject.direction,
                classification: decisions[slotOfError[position]].classification(record: subject.record.displayName, mapping: mapping))
        }
        return ClassifiedNight(dataset: dataset, errors: errors, records: index)
    }

    /// Without the job, the source record's side tells the direction.
    private static func direction(of error: SyncError) -> SyncDirection? {
        guard let source = error.source else { return nil }
        return source.isDataverseSide ? .fromIntegrationTable : .toIntegrationTable
    }
}
