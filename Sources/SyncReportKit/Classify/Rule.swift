import Foundation

/// One classification rule from a rule file: patterns over the message text, the cause they mean,
/// and the action to suggest.
public struct Rule: Sendable {
    public let id: String
    public let cause: Cause
    /// Higher is tried first; rules of equal priority keep their file order.
    public let priority: Int
    /// Empty when the rule decides by `condition` alone.
    public let patterns: [RulePattern]
    /// Facts the record must show for the rule to apply.
    public let condition: RuleCondition?
    public let action: ActionTemplate
    /// A named group whose text is classified again (wrapper messages carry the real error inside).
    public let unwrap: String?
    /// Where the rule was defined, e.g. `default.yml:42`.
    public let origin: String
    /// The language of its patterns; `nil` for English, whose rules are tried for every message.
    public let language: Language?
    /// Where the messages it was written against come from, e.g. a Business Central source file: the
    /// generalisation test leaves a source's rules out when it classifies that source's messages.
    public let sources: [String]
}

/// What trying a pattern on a message found.
enum PatternMatch: Equatable {
    case matched([String: String])
    case none
    /// The pattern gave up: it would have taken longer than `RulePattern.patience` on this message.
    case abandoned
}

/// A compiled regular expression with the names of its groups.
public struct RulePattern: @unchecked Sendable {
    public let source: String
    public let groupNames: [String]
    /// Lowercased texts every match contains, if the pattern has such.
    let required: RequiredLiterals?
    // NSRegularExpression is immutable after creation and documented as thread-safe.
    private let regex: NSRegularExpression
    /// The capture number of each named group: looking a group up by name costs more than the match itself.
    /// `nil` when this reading of the pattern counts its groups differently from the engine.
    let groupNumbers: [Int]?

    init(source: String) throws {
        self.source = source
        regex = try NSRegularExpression(pattern: source, options: [.caseInsensitive])
        let groups = Self.captureGroups(in: source)
        groupNames = groups.compactMap(\.self)
        groupNumbers = groups.count == regex.numberOfCaptureGroups
            ? groups.indices.filter { groups[$0] != nil }.map { $0 + 1 } : nil
        required = RequiredLiteral.requirement(source)
    }

    /// How long a match may take, in the engine's progress reports (one per about ten thousand steps of its
    /// backtracking, about a tenth of a millisecond here): a thousand is a tenth of a second, thousands of
    /// times what any rule needs on a real message, while a pattern that backtracks without bound on a
    /// hostile one (`(\w+\s?)+$`, or two `.+?` against a long repeated text) gives up. Counting steps rather
    /// than time keeps the outcome the same on every run.
    static let patience = 1_000

    /// The pattern's named groups where it matches `text`; `abandoned` when the match would take longer than
    /// `patience` allows.
    func match(_ text: String) -> PatternMatch {
        var found: NSTextCheckingResult?
        var reports = 0
        regex.enumerateMatches(in: text, options: [.reportProgress], range: NSRange(text.startIndex..., in: text)) { result, _, stop in
            if let result {
                found = result
                stop.pointee = true
            } else {
                reports += 1
                if reports > Self.patience { stop.pointee = true }
            }
        }
        guard let result = found else { return reports > Self.patience ? .abandoned : .none }
        var groups: [String: String] = [:]
        for (position, name) in groupNames.enumerated() {
            let groupRange = groupNumbers.map { result.range(at: $0[position]) } ?? result.range(withName: name)
            if groupRange.location != NSNotFound, let swiftRange = Range(groupRange, in: text) {
                groups[name] = String(text[swiftRange])
            }
        }
        return .matched(groups)
    }

    /// Every capturing group in the order the engine numbers them: the name of `(?<name>…)`, `nil` for a plain
    /// `(…)`. Escapes, `\Q…\E` quotes, classes (nested ones too) and `(?…)` constructs that capture nothing
    /// (`(?:`, look-arounds, flags, comments, atomic groups) are skipped.
    static func captureGroups(in pattern: String) -> [String?] {
        let characters = Array(pattern.unicodeScalars)
        var groups: [String?] = []
        var index = 0
        while index < characters.count {
            switch characters[index] {
            case "\\":
                if index + 1 < characters.count, characters[index + 1] == "Q" {
                    index += 2
                    while index + 1 < characters.count, !(characters[index] == "\\" && characters[index + 1] == "E") { index += 1 }
                }
                index += 1
            case "[":
                // An unclosed class is the engine's to reject; the count then differs and names are looked up.
                guard let end = RequiredLiteral.classEnd(from: index, in: characters[...]) else { return groups }
                index = end
            case "(":
                let rest = characters[(index + 1)...]
                if rest.first != "?" {
                    groups.append(nil)
                } else if rest.dropFirst().first == "<", let nameStart = rest.dropFirst(2).first,
                          nameStart != "=", nameStart != "!" {
                    let name = rest.dropFirst(2).prefix { $0.properties.isAlphabetic || ("0"..."9").contains($0) }
                    groups.append(String(String.UnicodeScalarView(name)))
                }
            default:
                break
            }
            index += 1
        }
        return groups
    }
}
