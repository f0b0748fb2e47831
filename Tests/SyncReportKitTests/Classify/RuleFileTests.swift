import Testing
@testable import SyncReportKit

@Suite struct RuleFileTests {
    @Test func theBundledRulesLoadAndCoverEveryCause() throws {
        let rules = try RuleSet.bundled()
        #expect(rules.count >= 20)
        #expect(Set(rules.map(\.cause)).isSuperset(of: Cause.allCases.filter { $0 != .unclassified }))
    }

    @Test func everyBundledActionNamesTheRecord() throws {
        for rule in try RuleSet.bundled() {
            #expect(rule.action.placeholders.contains("record"), "\(rule.id)")
        }
    }

    @Test(arguments: [
        ("rules:\n  - {id: a, cause: nope, match: 'x', action: 'y'}\n", 2, "rule 'a': unknown cause 'nope'"),
        ("rules:\n  - {id: a, cause: conflict, match: '(unclosed', action: 'y'}\n", 2, "rule 'a': not a valid regular expression: (unclosed"),
        ("rules:\n  - {id: a, cause: conflict, match: 'x', action: 'use {group}'}\n", 2, "rule 'a': the action uses {group}"),
        ("rules:\n  - {id: a, cause: conflict, match: 'x', action: 'y', colour: red}\n", 2, "unknown key 'colour'"),
        ("rules:\n  - {id: a, cause: conflict, match: 'x', action: 'y'}\n  - {id: a, cause: conflict, match: 'x', action: 'y'}\n", 3, "rule id 'a' is defined twice"),
        ("rules:\n  - {id: a, cause: conflict, match: 'x', action: 'y', unwrap: inner}\n", 2, "unwrap names 'inner'"),
        ("rules: [\n", 2, "not valid YAML"),
    ])
    func mistakesNameTheFileLineAndProblem(yaml: String, line: Int, problem: String) {
        do {
            _ = try RuleFile.parse(yaml, file: "mine.yml")
            Issue.record("expected an error")
        } catch {
            #expect(error.description.hasPrefix("mine.yml:\(line):"), "\(error)")
            #expect(error.description.contains(problem), "\(error)")
        }
    }

    @Test func groupNamesAreFoundButEscapedParenthesesAndLookbehindsAreNot() {
        #expect(RulePattern.captureGroups(in: #"(?<a>x)\(?<no>y)(?<=z)(?<!w)(?<b2>v)"#) == ["a", "b2"])
        #expect(RulePattern.captureGroups(in: #"(x)(?:y)[(](?i)(?#c)(?>z)\Q(?<q>\E(?<n>w)([[a]&&[(]])"#) == [nil, "n", nil])
    }

    @Test func everyDefaultPatternIsNumberedAsTheEngineNumbersIt() throws {
        for rule in try RuleSet.bundled() {
            for pattern in rule.patterns {
                #expect(pattern.groupNumbers != nil, "\(rule.id): \(pattern.source)")
            }
        }
    }
}

extension RuleFileTests {
    @Test func anActionThatWouldGrowEveryErrorIsRefused() throws {
        let repeated = String(repeating: "{record} ", count: 2_000)
        let yaml = "version: 1\nrules:\n  - id: big\n    cause: validation\n    match: 'x'\n    action: '\(repeated)'\n"
        #expect(throws: RuleError.invalid(
            file: "big.yml", line: 6, column: 13,
            problem: "rule 'big': the action has \(repeated.count) characters and 2000 placeholders; at most 1000 and 10 are allowed, as every error of the rule repeats it")) {
            try RuleFile.parse(yaml, file: "big.yml")
        }
        let long = String(repeating: "a", count: 1_001)
        #expect(throws: RuleError.self) {
            try RuleFile.parse("version: 1\nrules:\n  - {id: long, cause: validation, match: 'x', action: '\(long)'}\n", file: "long.yml")
        }
    }
}
