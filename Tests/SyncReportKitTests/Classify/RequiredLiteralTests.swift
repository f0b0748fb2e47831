import Foundation
import Testing
@testable import SyncReportKit

@Suite struct RequiredLiteralTests {
    @Test(arguments: [
        ("^Modifying (?<target>.+?) failed because of the following error: (?<inner>.+)$", " failed because of the following error: "),
        (#"Cannot find \w+ record"#, "cannot find "),
        ("colou?r changed", "r changed"),
        ("abc|defghi", nil),
        ("abcd|(?:x)ef", nil),
        ("[Pp]rivilege missing", "rivilege missing"),
        ("ab.cd", nil),
        (#"Price \(incl\. VAT\)"#, "price (incl. vat)"),
    ] as [(String, String?)])
    func findsTheLongestSureLiteral(pattern: String, literal: String?) {
        #expect(RequiredLiteral.anyOf(pattern).map { $0.map { String(decoding: $0, as: UTF8.self) } } == literal.map { [$0] })
    }

    @Test func eachAlternativeBringsItsOwnLiteral() {
        let literals = RequiredLiteral.anyOf(#"\bTooManyRequests\b|\(429\)|too many calls"#)
        #expect(literals.map { $0.map { String(decoding: $0, as: UTF8.self) } } == ["toomanyrequests", "(429)", "too many calls"])
    }

    /// The prefilter may only skip patterns that cannot match: check every default pattern on every corpus message.
    @Test func neverSkipsAPatternThatMatches() throws {
        let rules = try RuleSet.bundled()
        for message in CorpusMessage.all {
            let text = MessageText.normalize(message.example)
            let lowercased = Array(text.lowercased().utf8)
            for rule in rules {
                for pattern in rule.patterns {
                    let regex = try NSRegularExpression(pattern: pattern.source, options: [.caseInsensitive])
                    let matches = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
                    if matches, let literals = pattern.literals {
                        #expect(literals.contains(where: lowercased.contains(bytes:)), "\(rule.id): \(pattern.source)")
                    }
                }
            }
        }
    }
}
