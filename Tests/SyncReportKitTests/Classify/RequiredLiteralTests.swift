import Foundation
import Testing
@testable import SyncReportKit

@Suite struct RequiredLiteralTests {
    @Test(arguments: [
        ("^Modifying (?<target>.+?) failed because of the following error: (?<inner>.+)$", " failed because of the following error: "),
        (#"Cannot find \w+ record"#, "cannot find "),
        ("colou?r changed", "r changed"),
        ("abcd|(?:x)ef", nil),
        ("[Pp]rivilege missing", "rivilege missing"),
        ("ab.cd", nil),
        (#"Price \(incl\. VAT\)"#, "price (incl. vat)"),
    ] as [(String, String?)])
    func findsTheLongestSureLiteral(pattern: String, literal: String?) {
        #expect((RequiredLiteral.requirement(pattern)?.anyOf).map { $0.map { String(decoding: $0, as: UTF8.self) } } == literal.map { [$0] })
    }

    @Test(arguments: [
        ("abc|defghi", ["abc", "defghi"]),
        (#"\b(?:unable|failed) to"#, ["unable", "failed"]),
        (#"\bno (?:coupled|coupling)\b"#, ["coupled", "coupling"]),
        ("(?:number of )?max", ["max"]),
        ("(?=abcdef)xyz", ["xyz"]),
        ("(?<what>record|row) exists", [" exists"]),
        ("(?i:Customer|Vendor)s?", ["customer", "vendor"]),
        ("(?:abcd|ef)+ly", nil),
        (#"a\Qb*c\E"#, nil),
    ] as [(String, [String]?)])
    func requiredGroupsBringTheirAlternatives(pattern: String, literals: [String]?) {
        #expect((RequiredLiteral.requirement(pattern)?.anyOf).map { $0.map { String(decoding: $0, as: UTF8.self) } } == literals)
    }

    @Test func eachAlternativeBringsItsOwnLiteral() {
        let literals = RequiredLiteral.requirement(#"\bTooManyRequests\b|\(429\)|too many calls"#)?.anyOf
        #expect(literals.map { $0.map { String(decoding: $0, as: UTF8.self) } } == ["toomanyrequests", "(429)", "too many calls"])
    }

    /// The prefilter may only skip patterns that cannot match: on every corpus message, and on each one's inner
    /// text, the matcher picks the same rule and groups as trying every rule's regular expressions in turn.
    @Test func prefilteredMatchingAgreesWithTryingEveryRule() throws {
        let rules = RuleSet(try RuleSet.bundled()).rules
        let matcher = RuleMatcher(rules)
        for message in CorpusMessage.all {
            let text = MessageText.normalize(message.example)
            let expected = rules.indices.lazy.compactMap { index in
                rules[index].patterns.lazy.compactMap { pattern -> [String: String]? in
                    guard case .matched(let groups) = pattern.match(text) else { return nil }
                    return groups
                }.first.map { (index, $0) }
            }.first
            var abandoned: [Int] = []
            let found = matcher.firstMatch(text, facts: .unknown, abandoned: &abandoned)
            #expect(abandoned.isEmpty)
            #expect(found?.rule == expected?.0 && found?.groups == expected?.1, "\(message.example)")
        }
    }

    @Test(arguments: [
        ("[[a]bcd]efg", ["efg"] as [String]?),
        ("[]abc]defg", ["defg"]),
        (#"\x41bcd"#, nil),
        (#"(?<name>x)\k<name>abcd"#, nil),
        (#"(a)\1bcde"#, nil),
        (#"\pLabcd"#, nil),
        ("(?x) a b c d", nil),
        ("(?ix:abcd)", nil),
        ("(?i-x:abcd)", ["abcd"]),
    ])
    func constructsThatTakeTheirTextElsewhereGiveNoWrongLiteral(pattern: String, literals: [String]?) {
        #expect((RequiredLiteral.requirement(pattern)?.anyOf).map { $0.map { String(decoding: $0, as: UTF8.self) } } == literals)
    }

    @Test(arguments: [
        (#"\b(?:table|entity) '[^']+' (?:was not found|does not exist)"#, [[["table", "entity"], ["was not found", "does not exist"]]]),
        ("^Cannot find (?<value>.+?) in table", [[["cannot find "], [" in table"]]]),
        ("abc|de(?:fgh|ijk)lmn", [[["abc"]], [["fgh", "ijk"], ["lmn"]]]),
    ] as [(String, [[[String]]])])
    func everyRequiredPartIsKeptAlternativeByAlternative(pattern: String, alternatives: [[[String]]]) {
        let required = RequiredLiteral.requirement(pattern)?.alternatives.map { $0.map { $0.map { String(decoding: $0, as: UTF8.self) } } }
        #expect(required == alternatives)
    }

    /// The prefilter may let a message through in vain, never keep a match out: for every default pattern and
    /// every corpus message (and case-folding variants), a match means the message holds, for one of the
    /// pattern's alternatives, a literal of each of its required sets.
    @Test func theLiteralsOfEveryDefaultPatternAreInEveryTextItMatches() throws {
        let messages = CorpusMessage.all.map { MessageText.normalize($0.example) } + [
            "Die STRASSE fehlt", "Die Straße fehlt", "ſtop and ﬁle the \u{212A}elvin",
        ]
        let patterns = try RuleSet.bundled().flatMap(\.patterns) + [try RulePattern(source: "strasse"), try RulePattern(source: "stop and file the kelvin")]
        for pattern in patterns {
            guard let required = pattern.required else { continue }
            let literals = Array(Set(required.alternatives.joined().joined()))
            let scanner = LiteralScanner(literals)
            let regex = try NSRegularExpression(pattern: pattern.source, options: [.caseInsensitive])
            for message in messages where regex.firstMatch(in: message, range: NSRange(message.startIndex..., in: message)) != nil {
                let found = scanner.scan(message)
                let holds = required.alternatives.contains { sets in
                    sets.allSatisfy { set in set.contains { found.contains(Int32(literals.firstIndex(of: $0)!)) } }
                }
                #expect(holds, "\(pattern.source) matches \(message) without its literals")
            }
        }
    }
}
