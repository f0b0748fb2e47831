import Foundation

/// The Classify stage: gives every error a cause, the rule that decided it and an action naming the record.
public struct Classifier: Sendable {
    public let rules: RuleSet
    /// The English rules alone, and for each language with a pack, the English rules and that pack.
    private let matchers: [Language: LanguageMatcher]
    private let detector: LanguageDetector
    /// Set by `--language`: every message is read as this language.
    private let language: Language?
    /// The facts some rule's condition states: the others are left out of the keys equal messages share.
    private let askedFacts: RecordFacts

    /// `language` forces the pack tried with the English rules; by default each message's words choose it.
    public init(rules: RuleSet, language: Language? = nil) {
        self.rules = rules
        self.language = language
        let packs = Set(rules.rules.compactMap(\.language)).sorted()
        let english = RuleMatcher(rules.rules) { $0.language == nil }
        var matchers = [Language.english: LanguageMatcher(english: english, pack: nil)]
        for pack in packs {
            matchers[pack] = LanguageMatcher(english: english, pack: RuleMatcher(rules.rules) { $0.language == pack })
        }
        self.matchers = matchers
        detector = LanguageDetector(candidates: packs)
        askedFacts = rules.rules.compactMap(\.condition).reduce(into: RecordFacts()) { asked, condition in
            for fact in RecordFacts.Fact.allCases where condition.facts[fact] != nil { asked[fact] = true }
        }
    }

    /// Wrappers rarely nest deeper; the bound keeps a self-matching user rule from looping.
    private static let maxUnwrapDepth = 4

    private static let unknownAction = ActionTemplate(
        "No rule knows this message. Open Integration Synchronization Errors, read the full message and the error call stack for {record}, fix the cause, then choose Retry; add a rule for it to your rule file.")

    /// Classifies one message; `action(record:mapping:)` words what to do about it.
    public func classify(_ message: String, facts: RecordFacts = .unknown) -> Classification {
        decision(for: MatchKey(message: message, facts: facts))
    }

    /// Which rules decide a message, and the language it was read as. The languages its words suggest are tried
    /// in turn, most likely first (Danish and Norwegian share most of theirs): the first whose own rules know the
    /// text, or whose rules give it a cause, decides; if none does, the most likely one's outcome stands.
    private func match(normalized text: String, facts: RecordFacts, depth: Int, abandoned: inout [Int]) -> (RuleMatch?, Language) {
        let languages = language.map { [$0] } ?? detector.ranked(text)
        var first: (RuleMatch?, Language)?
        for textLanguage in languages.isEmpty ? [.english] : languages {
            let found = match(normalized: text, in: textLanguage, facts: facts, depth: depth, abandoned: &abandoned)
            // A rule of the language's own pack knows the text, even when it says the text tells no cause.
            if let found, rules.rules[found.chain[0]].language != nil
                || (!rules.rules[found.deciding].patterns.isEmpty && cause(of: found) != .unclassified) {
                return (found, textLanguage)
            }
            first = first ?? (found, textLanguage)
        }
        return first!
    }

    /// Which rules of one language (and English) decide a message; independent of the record, so equal messages
    /// share one match. Where the text decides nothing (no rule, or a rule of cause `unclassified`), the first
    /// rule that decides by facts alone does, after the text rules that led there.
    private func match(
        normalized text: String, in textLanguage: Language, facts: RecordFacts, depth: Int, abandoned: inout [Int]
    ) -> RuleMatch? {
        let matcher = matchers[textLanguage] ?? matchers[.english]!
        // Rules of facts alone are among those tried, so when none matches, none of them holds either.
        guard let (index, groups) = matcher.firstMatch(text, facts: facts, abandoned: &abandoned) else { return nil }
        let rule = rules.rules[index]
        let own = RuleMatch(chain: [index], groups: groups, text: rule.patterns.isEmpty ? rule.condition?.evidence ?? text : text)
        guard let group = rule.unwrap, let inner = groups[group], !inner.isEmpty, depth < Self.maxUnwrapDepth,
              var decided = match(normalized: inner, facts: facts, depth: depth + 1, abandoned: &abandoned).0,
              cause(of: decided) != .unclassified
        else { return cause(of: own) == .unclassified ? factMatch(matcher, facts: facts, after: own.chain) ?? own : own }
        decided.chain.insert(index, at: 0)
        return decided
    }

    /// A rule of facts alone tried after the last of `chain`; those before it would have matched first.
    private func factMatch(_ matcher: LanguageMatcher, facts: RecordFacts, after chain: [Int]) -> RuleMatch? {
        guard let index = matcher.firstFactRule(facts, after: chain[chain.count - 1]) else { return nil }
        return RuleMatch(chain: chain + [index], groups: [:], text: rules.rules[index].condition?.evidence ?? "")
    }

    /// Rules are read in place by position: copying one costs a reference count per field, on rules that every
    /// core shares.
    private func cause(of match: RuleMatch) -> Cause {
        rules.rules[match.deciding].cause
    }

    private func decision(for key: MatchKey) -> Classification {
        var abandoned: [Int] = []
        let (found, textLanguage) = match(normalized: MessageText.normalize(key.message), facts: key.facts, depth: 0, abandoned: &abandoned)
        let rules = rules.rules
        // The English rules are tried again with each language tried: a rule that gave up is named once.
        var named: Set<Int> = []
        let abandonedRules = abandoned.filter { named.insert($0).inserted }.map { rules[$0].id }
        guard let match = found else {
            return Classification(
                cause: .unclassified, ruleID: Classification.noRule, ruleChain: [], matchedText: "",
                abandonedRules: abandonedRules, language: textLanguage, action: Self.unknownAction)
        }
        return Classification(
            cause: rules[match.deciding].cause, ruleID: rules[match.deciding].id, ruleChain: match.chain.map { rules[$0].id },
            matchedText: match.text, groups: match.groups, isDecidedByFacts: rules[match.deciding].patterns.isEmpty,
            abandonedRules: abandonedRules, language: textLanguage, action: rules[match.deciding].action.bound(to: match.groups))
    }
}

private struct MatchKey: Hashable, Sendable {
    let message: String
    let facts: RecordFacts
    /// Message and facts hashed where keys are made (on all cores), so that de-duplicating a night's keys
    /// hashes one number instead of each message again.
    private let digest: UInt64

    init(message: String, facts: RecordFacts) {
        self.message = message
        self.facts = facts
        var text = message
        digest = text.withUTF8(Self.digest) ^ facts.packed << 48
    }

    /// A multiply-and-rotate hash over eight bytes at a time: only for telling keys apart quickly, as equal
    /// digests are compared in full.
    private static func digest(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = UInt64(bytes.count) &* 0x9E37_79B9_7F4A_7C15
        var offset = 0
        while offset + 8 <= bytes.count {
            let word = UnsafeRawPointer(bytes.baseAddress! + offset).loadUnaligned(as: UInt64.self)
            hash = ((hash ^ word) &* 0xFF51_AFD7_ED55_8CCD).rotatedLeft(by: 31)
            offset += 8
        }
        while offset < bytes.count {
            hash = (hash ^ UInt64(bytes[offset])) &* 0x100_0000_01b3
            offset += 1
        }
        return hash
    }

    static func == (lhs: MatchKey, rhs: MatchKey) -> Bool {
        lhs.digest == rhs.digest && lhs.facts == rhs.facts && lhs.message == rhs.message
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(digest)
    }
}

extension UInt64 {
    fileprivate func rotatedLeft(by bits: UInt64) -> UInt64 { self << bits | self >> (64 - bits) }
}

/// The rules that matched a message, as positions in the order tried, outermost first; the last one decides.
private struct RuleMatch {
    var chain: [Int]
    var groups: [String: String]
    var text: String

    var deciding: Int { chain[chain.count - 1] }
}

extension Classifier {
    /// Classifies every error of the night; order follows `dataset.errors`.
    public func run(_ dataset: Dataset) -> ClassifiedNight {
        let index = RecordIndex(dataset)
        let errors = dataset.errors
        // A night repeats the same failure on every run: each distinct message is matched once.
        let (distinct, slotOfError) = errors.indices.distinctWithSlots { position in
            // Facts no rule asks about would only split equal messages into separate matches.
            MatchKey(message: errors[position].message, facts: index.facts(of: errors[position]).keeping(askedFacts))
        }
        let decisions = distinct.parallelMap(minimumChunk: 256) { decision(for: $0) }
        // Only what errors need of their job, so no job is copied per error.
        let jobs = dataset.jobsByID.mapValues { (mapping: $0.mapping, direction: $0.direction) }
        let classified = errors.indices.parallelMap { position in
            let job = errors[position].jobID.flatMap { jobs[$0] }
            return ClassifiedError(
                error: errors[position], record: index.record(of: errors[position]), mapping: job?.mapping ?? "",
                direction: job?.direction ?? Self.direction(of: errors[position]),
                classification: decisions[slotOfError[position]])
        }
        var rest = dataset
        rest.errors = []
        return ClassifiedNight(dataset: rest, errors: classified, records: index, classifier: self)
    }

    /// Without the job, the source record's side tells the direction.
    private static func direction(of error: SyncError) -> SyncDirection? {
        guard let source = error.source else { return nil }
        return source.isDataverseSide ? .fromIntegrationTable : .toIntegrationTable
    }
}
