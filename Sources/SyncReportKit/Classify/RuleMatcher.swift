/// The rules prepared for matching many messages. One pass over a message finds which of the patterns'
/// required literals it holds; only the patterns one of those literals leads to, and those without literals,
/// are tried, and of those only the ones whose other required literals are there too, so the work per message
/// follows what it contains rather than how many rules there are.
struct RuleMatcher: Sendable {
    let rules: [Rule]
    private let scanner: LiteralScanner
    /// Every pattern of every rule, and every rule without patterns, in the order tried; an entry is the rule's
    /// position and the pattern's position in it (`-1` for a rule that decides by facts alone).
    private let entries: [(rule: Int32, pattern: Int32)]
    /// For each literal id, the entries whose pattern requires it (among others).
    private let entriesOfLiteral: [[Int32]]
    /// For each entry, what its pattern requires as literal ids (see `RequiredLiterals`); empty when nothing.
    private let requirements: [[[[Int32]]]]
    /// Entries tried for every message: patterns without a required literal, and rules of facts alone.
    private let alwaysTried: [Int32]
    private let factEntries: [Int32]
    /// Kept apart from `rules`, so trying an entry copies no rule.
    private let conditions: [RuleCondition?]
    private let patterns: [RulePattern?]

    /// Only the rules `tried` accepts are tried; positions stay those in `rules`, so matches from matchers
    /// over different subsets of the same rules can be told apart by position alone.
    init(_ rules: [Rule], tried: (Rule) -> Bool = { _ in true }) {
        var ids: [[UInt8]: Int] = [:]
        var literals: [[UInt8]] = []
        var entries: [(rule: Int32, pattern: Int32)] = []
        var entriesOfLiteral: [[Int32]] = []
        var requirements: [[[[Int32]]]] = []
        var alwaysTried: [Int32] = []
        var factEntries: [Int32] = []
        func id(of literal: [UInt8]) -> Int {
            if let id = ids[literal] { return id }
            ids[literal] = literals.count
            literals.append(literal)
            entriesOfLiteral.append([])
            return literals.count - 1
        }
        for (ruleIndex, rule) in rules.enumerated() where tried(rule) {
            if rule.patterns.isEmpty {
                factEntries.append(Int32(entries.count))
                alwaysTried.append(Int32(entries.count))
                entries.append((Int32(ruleIndex), -1))
                requirements.append([])
            }
            for (patternIndex, pattern) in rule.patterns.enumerated() {
                let entry = Int32(entries.count)
                entries.append((Int32(ruleIndex), Int32(patternIndex)))
                guard let required = pattern.required else {
                    alwaysTried.append(entry)
                    requirements.append([])
                    continue
                }
                for literal in Set(required.anyOf) { entriesOfLiteral[id(of: literal)].append(entry) }
                requirements.append(required.alternatives.map { sets in sets.map { set in set.map { Int32(id(of: $0)) } } })
            }
        }
        self.rules = rules
        self.entries = entries
        self.entriesOfLiteral = entriesOfLiteral
        self.requirements = requirements
        self.alwaysTried = alwaysTried
        self.factEntries = factEntries
        conditions = rules.map(\.condition)
        patterns = entries.map { $0.pattern < 0 ? nil : rules[Int($0.rule)].patterns[Int($0.pattern)] }
        scanner = LiteralScanner(literals)
    }

    /// The first rule, in the order tried and before position `bound`, whose condition holds and one of whose
    /// patterns matches the normalised text (or which has no patterns); with that pattern's named groups. A
    /// pattern that gives up counts as not matching, and its rule is added to `abandoned`.
    func firstMatch(
        _ text: String, facts: RecordFacts, before bound: Int = .max, abandoned: inout [Int]
    ) -> (rule: Int, groups: [String: String])? {
        let found = scanner.scan(text)
        var candidates = alwaysTried
        found.forEach { candidates.append(contentsOf: entriesOfLiteral[$0]) }
        candidates.sort()
        var previous: Int32 = -1
        for entry in candidates where entry != previous {
            previous = entry
            let ruleIndex = Int(entries[Int(entry)].rule)
            if ruleIndex >= bound { return nil }
            if let condition = conditions[ruleIndex], !condition.holds(for: facts) { continue }
            guard let pattern = patterns[Int(entry)] else { return (ruleIndex, [:]) }
            guard Self.holds(requirements[Int(entry)], in: found) else { continue }
            switch pattern.match(text) {
            case .matched(let groups): return (ruleIndex, groups)
            case .abandoned: abandoned.append(ruleIndex)
            case .none: continue
            }
        }
        return nil
    }

    /// Whether, for one of the alternatives, each set has a literal among those found; an empty requirement holds.
    private static func holds(_ requirement: [[[Int32]]], in found: LiteralScanner.Found) -> Bool {
        requirement.isEmpty || requirement.contains { sets in sets.allSatisfy { set in set.contains(where: found.contains) } }
    }

    /// The first rule after position `rule`, in the order tried, that decides by facts alone and whose
    /// condition holds.
    func firstFactRule(_ facts: RecordFacts, after rule: Int) -> Int? {
        for entry in factEntries {
            let ruleIndex = Int(entries[Int(entry)].rule)
            if ruleIndex > rule, conditions[ruleIndex]?.holds(for: facts) == true { return ruleIndex }
        }
        return nil
    }
}
