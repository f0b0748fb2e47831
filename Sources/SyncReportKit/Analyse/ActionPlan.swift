/// One thing to do that clears the failures of every record behind it: records failing for the same rule and
/// the same root (the same uncoupled currency, the same missing privilege) share one action.
public struct PlannedAction: Sendable, Equatable {
    public var cause: Cause
    public var ruleID: String
    /// What to do, worded for all its records, which are listed below it.
    public var text: String
    /// The same, worded for where the records are not listed (the summary email).
    public var textWithoutList: String
    /// The errors of this cause logged for these records in the directions that fail.
    public var errors: Int
    /// In key order.
    public var records: [RecordRef]
}

/// Orders the failing records' deciding errors (`FailingDirection.decidingErrorIndex`) into actions: lasting
/// causes before transient ones, each most errors cleared first.
enum ActionPlan {
    static func actions(_ night: ClassifiedNight, records: [RecordTimeline]) -> [PlannedAction] {
        var groups: [Root: Group] = [:]
        for timeline in records {
            for failing in timeline.failing {
                let latest = night.errors[failing.decidingErrorIndex]
                let root = Root(latest, record: timeline.record)
                // The errors of the action's cause: a part of what the cause table counts, never more.
                let errors = timeline.errorIndices.count {
                    night.errors[$0].direction == failing.direction && night.errors[$0].classification.cause == root.cause
                }
                groups[root, default: Group(captured: latest.classification.groups)]
                    .add(timeline.record, errors: errors, mapping: latest.mapping)
            }
        }
        let rules = Dictionary(night.classifier.rules.rules.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return groups.map { root, group in
            let records = Array(Set(group.records)).sorted()
            // Records of several mappings leave the mapping unnamed, as an export without it does.
            let mapping = group.mappings.count == 1 ? group.mappings.first! : ""
            return PlannedAction(
                cause: root.cause, ruleID: root.ruleID,
                text: text(for: root, captured: group.captured, rule: rules[root.ruleID], records: records, mapping: mapping, listed: true),
                textWithoutList: text(
                    for: root, captured: group.captured, rule: rules[root.ruleID], records: records, mapping: mapping, listed: false),
                errors: group.errors, records: records)
        }.sorted { lhs, rhs in
            // Transient causes pass by themselves: whatever their count, they come after what needs a hand.
            if lhs.cause.isTransient != rhs.cause.isTransient { return !lhs.cause.isTransient }
            return (rhs.errors, rhs.records.count, lhs.ruleID, lhs.text) < (lhs.errors, lhs.records.count, rhs.ruleID, rhs.text)
        }
    }

    /// The rule's action worded for its records: for one record, with everything its message captured; for
    /// several, "the N records below", and the captured values that differ by record ("{coupledRecord}")
    /// said as "the coupled record".
    private static func text(
        for root: Root, captured: [String: String], rule: Rule?, records: [RecordRef], mapping: String, listed: Bool
    ) -> String {
        let subject = records.count == 1 ? records[0].displayName
            : listed ? "the \(records.count) records below" : "the \(records.count) records the report lists for this action"
        guard let rule else {
            return "No rule knows the messages of \(subject): read them under Messages no rule knows on Errors, add rules for them, fix the cause and choose Retry."
        }
        let groups = records.count == 1 ? captured : Dictionary(uniqueKeysWithValues: captured.keys.map { name in
            (name, root.groups[name] ?? "the \(words(name))")
        })
        return rule.action.bound(to: groups).render(record: subject, mapping: mapping)
    }

    /// `coupledRecord` as "coupled record".
    private static func words(_ name: String) -> String {
        name.reduce(into: "") { text, character in
            if character.isUppercase, !text.isEmpty { text += " " }
            text += character.lowercased()
        }
    }
}

/// The failing records of one root, and what the first one's message captured.
private struct Group {
    let captured: [String: String]
    var records: [RecordRef] = []
    var errors = 0
    var mappings: Set<String> = []

    init(captured: [String: String]) {
        self.captured = captured
    }

    mutating func add(_ record: RecordRef, errors: Int, mapping: String) {
        records.append(record)
        self.errors += errors
        mappings.insert(mapping)
    }
}

/// What makes failures one action: the deciding rule and the groups it captured that do not name the record
/// itself (a dependency, a privilege, a field), so the same root across records is one key.
private struct Root: Hashable {
    let cause: Cause
    let ruleID: String
    let groups: [String: String]

    init(_ error: ClassifiedError, record: RecordRef) {
        cause = error.classification.cause
        ruleID = error.classification.ruleID
        let names = [record.businessCentral?.key, record.dataverse?.key].compactMap { $0 }.filter { $0.count >= 3 }
        groups = error.classification.groups.filter { _, value in !names.contains { value.localizedCaseInsensitiveContains($0) } }
    }
}
