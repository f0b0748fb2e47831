import Foundation
import Synchronization

/// The Classify stage: gives every error a cause, the rule that decided it and an action naming the record.
public struct Classifier: Sendable {
    public let rules: RuleSet

    public init(rules: RuleSet) {
        self.rules = rules
    }

    /// Wrappers rarely nest deeper; the bound keeps a self-matching user rule from looping.
    private static let maxUnwrapDepth = 4

    /// Classifies one message. `record` and `mapping` fill the action's `{record}` and `{mapping}`.
    public func classify(_ message: String, record: String, mapping: String, facts: RecordFacts = .unknown) -> Classification {
        classification(of: match(normalized: MessageText.normalize(message), facts: facts, depth: 0), record: record, mapping: mapping)
    }

    /// Which rules decide a message; independent of the record, so equal messages share one match.
    private func match(normalized text: String, facts: RecordFacts, depth: Int) -> RuleMatch? {
        let prepared = MessageText.Prepared(text)
        for rule in rules.rules {
            guard let groups = rule.match(prepared, facts: facts) else { continue }
            let evidence = rule.patterns.isEmpty ? rule.condition?.evidence ?? text : text
            let own = RuleMatch(chain: [rule], groups: groups, text: evidence)
            guard let group = rule.unwrap, let inner = groups[group], !inner.isEmpty, depth < Self.maxUnwrapDepth,
                  var decided = match(normalized: inner, facts: facts, depth: depth + 1),
                  decided.rule.cause != .unclassified
            else { return own }
            decided.chain.insert(rule, at: 0)
            return decided
        }
        return nil
    }

    private func classification(of match: RuleMatch?, record: String, mapping: String) -> Classification {
        guard let match else {
            return Classification(
                cause: .unclassified, ruleID: Classification.noRule, ruleChain: [], matchedText: "",
                action: "No rule knows this message. Open Integration Synchronization Errors, read the full message and the error call stack for \(record), fix the cause, then choose Retry; add a rule for it to your rule file.")
        }
        let values = match.groups.merging(["record": record, "mapping": mapping]) { group, _ in group }
        return Classification(
            cause: match.rule.cause, ruleID: match.rule.id, ruleChain: match.chain.map(\.id), matchedText: match.text,
            groups: match.groups, action: match.rule.action.render(values))
    }
}

private struct MatchKey: Hashable {
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

extension Classifier {
    /// Classifies every error of the night; order follows `dataset.errors`.
    public func run(_ dataset: Dataset) -> ClassifiedNight {
        let index = RecordIndex(dataset)
        let jobs = dataset.jobsByID
        let subjects = dataset.errors.map { error in
            let record = index.record(of: error)
            let coupling = index.coupling(of: record)
            let facts = RecordFacts(
                recordExists: error.recordState?.recordExists, coupledRecordExists: error.recordState?.coupledRecordExists,
                isSkipped: coupling?.isSkipped ?? (error.recordState != nil ? true : nil))
            return (record: record, key: MatchKey(message: error.message, facts: facts))
        }
        let matches = self.matches(for: subjects.map(\.key))
        let errors = zip(dataset.errors, subjects).map { error, subject in
            let job = error.jobID.flatMap { jobs[$0] }
            let mapping = job?.mapping ?? ""
            let classification = classification(
                of: matches[subject.key] ?? nil, record: subject.record.displayName,
                mapping: mapping.isEmpty ? "(unknown mapping)" : mapping)
            return ClassifiedError(
                error: error, record: subject.record, mapping: mapping, direction: job?.direction ?? Self.direction(of: error),
                classification: classification)
        }
        return ClassifiedNight(dataset: dataset, errors: errors, records: index)
    }

    /// Matches each distinct message (with its facts) once, since a night repeats the same failure on every
    /// run, and spreads the distinct ones over the processor's cores.
    private func matches(for keys: [MatchKey]) -> [MatchKey: RuleMatch?] {
        var seen = Set<MatchKey>()
        let distinct = keys.filter { seen.insert($0).inserted }
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, distinct.count / 1_000))
        let results = Mutex<[[RuleMatch?]]>(Array(repeating: [], count: workers))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let slice = distinct[distinct.count * worker / workers..<distinct.count * (worker + 1) / workers]
            let found = slice.map { match(normalized: MessageText.normalize($0.message), facts: $0.facts, depth: 0) }
            results.withLock { $0[worker] = found }
        }
        return Dictionary(uniqueKeysWithValues: zip(distinct, results.withLock { $0 }.joined()))
    }

    /// Without the job, the source record's side tells the direction.
    private static func direction(of error: SyncError) -> SyncDirection? {
        guard let source = error.source else { return nil }
        return source.isDataverseSide ? .fromIntegrationTable : .toIntegrationTable
    }
}
