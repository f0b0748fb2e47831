import Foundation
import Testing
@testable import SyncReportKit

/// A pattern that backtracks without bound on some text gives up after `RulePattern.patience`: a hostile
/// message, or a careless user rule, costs a bounded time instead of hanging the night.
@Suite struct PatternPatienceTests {
    private func seconds(_ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    @Test func aUserRuleWithNestedRepetitionGivesUpAndLaterRulesDecide() throws {
        let rules = RuleSet(try RuleFile.parse("""
            version: 1
            rules:
              - id: greedy
                cause: validation
                priority: 10
                match: '^(\\w+\\s?)+$'
                action: 'Never reached.'
              - id: locked
                cause: locked_concurrency
                match: 'locked'
                action: 'Retry {record}.'
            """, file: "user.yml"))
        let classifier = Classifier(rules: rules)
        // 55 s before the bound, on one 41-character message.
        let message = String(repeating: "locked", count: 7) + "!"
        var result: Classification?
        let elapsed = seconds { result = classifier.classify(message) }
        #expect(elapsed < 5, "took \(elapsed) s")
        #expect(result?.abandonedRules == ["greedy"])
        #expect(result?.cause == .lockedConcurrency)
        // A pattern that does not give up says nothing.
        #expect(classifier.classify("locked").abandonedRules.isEmpty)
    }

    @Test func longMessagesRepeatingADefaultRulesFragmentStayFast() throws {
        let classifier = Classifier(rules: RuleSet(try RuleSet.bundled()))
        // 28 s a message before: two lazy `.+?` over 30 KB of a fragment that never ends the match.
        let fragment = "Principal with ID 6f4e2a10-3b7c-ee11-8179-000d3a2c5b77 does not have CreateAccess right(s) for record with ID 1 of "
        let messages = (0..<10).map { String(repeating: fragment, count: 30_000 / fragment.count + $0) }
        let elapsed = seconds {
            for message in messages { _ = classifier.classify(message) }
        }
        #expect(elapsed < 15, "took \(elapsed) s for ten messages")
        let real = classifier.classify(
            "Principal with ID 6f4e2a10-3b7c-ee11-8179-000d3a2c5b77 does not have CreateAccess right(s) for record with ID 0a1b2c3d-0000-0000-0000-000000000001 of entity account")
        #expect(real.ruleID == "permission.access-right")
        #expect(real.groups == ["accessRight": "CreateAccess", "entity": "account"])
    }

    @Test func theReportAndTheRunNameTheRuleThatGaveUp() throws {
        let rules = RuleSet(try RuleFile.parse("""
            version: 1
            rules:
              - {id: greedy, cause: validation, priority: 10, match: '^(\\w+\\s?)+$', action: 'x'}
            """, file: "user.yml"))
        var dataset = Dataset()
        dataset.errors = [
            SyncError(no: 1, message: String(repeating: "word", count: 10) + "!", origin: SourceLocation(file: "errors.csv", line: 2, column: 1)),
            SyncError(no: 2, message: String(repeating: "word", count: 11) + "!", origin: SourceLocation(file: "errors.csv", line: 3, column: 1)),
            SyncError(no: 3, message: "short", origin: SourceLocation(file: "errors.csv", line: 4, column: 1)),
        ]
        let analysis = Analyser().run(Classifier(rules: rules).run(dataset))
        #expect(analysis.abandonedRules == [AbandonedRule(rule: "greedy", errors: 2, first: SourceLocation(file: "errors.csv", line: 2, column: 1))])
        #expect(analysis.unavailable.contains { $0.hasPrefix("Rule greedy gave up on the message of 2 errors (the first at errors.csv:2:1)") })
    }
}
