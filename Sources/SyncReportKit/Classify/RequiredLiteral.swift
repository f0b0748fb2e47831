/// Literal texts, lowercased ASCII, that every match of a pattern contains, so a message lacking them cannot match
/// and the regular expression need not run. Most messages skip most patterns this way.
///
/// Conservative: a run of literal characters counts, and so does a group that must occur, by the union of its
/// alternatives' literals. Text in classes, optional parts and look-arounds does not count; a pattern with an
/// alternative that has no sure literal has no prefilter at all, and neither has one this reading could misread
/// (quoted text, free-spacing mode, escapes that take an argument).
enum RequiredLiteral {
    /// Shorter literals would let nearly every message through.
    static let minimumLength = 3

    /// Everything every match must contain, alternative by alternative.
    static func requirement(_ pattern: String) -> RequiredLiterals? {
        let characters = Array(pattern.unicodeScalars)
        // `\Q…\E` quotes metacharacters, which this reading would take for syntax.
        if pattern.contains("\\Q") || hasFreeSpacing(characters) { return nil }
        var alternatives: [[[[UInt8]]]] = []
        for alternative in split(characters[...]) {
            guard let sets = sequence(alternative), !sets.isEmpty else { return nil }
            alternatives.append(sets)
        }
        return RequiredLiterals(alternatives: alternatives)
    }

    /// Whether flags such as `(?x)` or `(?ix:` turn on free-spacing mode, where spaces are not text.
    private static func hasFreeSpacing(_ characters: [Unicode.Scalar]) -> Bool {
        characters.indices.contains { index in
            guard characters[index] == "(", index + 1 < characters.count, characters[index + 1] == "?" else { return false }
            let flags = characters[(index + 2)...].prefix { $0.properties.isAlphabetic || $0 == "-" }
            return flags.prefix { $0 != "-" }.contains("x")
        }
    }

    /// The union over `|`-separated alternatives of each one's best set; nil when one of them has no sure literal.
    private static func alternatives(_ characters: ArraySlice<Unicode.Scalar>) -> [[UInt8]]? {
        var literals: [[UInt8]] = []
        for alternative in split(characters) {
            guard let required = sequence(alternative).flatMap(RequiredLiterals.best) else { return nil }
            for literal in required where !literals.contains(literal) { literals.append(literal) }
        }
        return literals
    }

    /// The alternatives of a sequence, split at `|` outside groups, classes and escapes.
    private static func split(_ characters: ArraySlice<Unicode.Scalar>) -> [ArraySlice<Unicode.Scalar>] {
        var parts: [ArraySlice<Unicode.Scalar>] = []
        var start = characters.startIndex
        var index = characters.startIndex
        while index < characters.endIndex {
            switch characters[index] {
            case "\\": index += 1
            case "(": index = closing(of: index, in: characters) ?? characters.endIndex
            case "[": index = classEnd(from: index, in: characters) ?? characters.endIndex
            case "|":
                parts.append(characters[start..<index])
                start = index + 1
            default: break
            }
            index += 1
        }
        parts.append(characters[min(start, characters.endIndex)...])
        return parts
    }

    /// The sets of literals a sequence requires, one of each: its literal runs and its required groups.
    private static func sequence(_ characters: ArraySlice<Unicode.Scalar>) -> [[[UInt8]]]? {
        var candidates: [[[UInt8]]] = []
        var current: [Unicode.Scalar] = []
        func endRun() {
            if !current.isEmpty { candidates.append([Array(String(String.UnicodeScalarView(current)).lowercased().utf8)]) }
            current = []
        }
        var index = characters.startIndex
        while index < characters.endIndex {
            let character = characters[index]
            switch character {
            case "(":
                endRun()
                guard let end = closing(of: index, in: characters) else { return nil }
                if !isOptional(after: end, in: characters), let body = groupBody(characters[(index + 1)..<end]),
                   let required = alternatives(body) {
                    candidates.append(required)
                }
                index = end
            case "[":
                endRun()
                guard let end = classEnd(from: index, in: characters) else { return nil }
                index = end
            case "*", "?", "{":
                // The quantified atom may be absent.
                if !current.isEmpty { current.removeLast() }
                endRun()
                if character == "{" { while index < characters.endIndex, characters[index] != "}" { index += 1 } }
            case "+", ".", "^", "$", ")", "]", "}":
                endRun()
            case "\\":
                guard index + 1 < characters.endIndex else { return nil }
                let escaped = characters[index + 1]
                // Back references, code points, names and properties: what follows is no literal text.
                if "xuUNkcpP0123456789".unicodeScalars.contains(escaped) { return nil }
                if escaped.properties.isAlphabetic || !escaped.isASCII {
                    endRun()
                } else {
                    current.append(escaped)
                }
                index += 1
            default:
                // Literals are ASCII, which case-folds as it lowercases; the scanner folds the text to match.
                if character.isASCII { current.append(character) } else { endRun() }
            }
            index += 1
        }
        endRun()
        return candidates.filter { $0.allSatisfy { $0.count >= minimumLength } }
    }

    /// Whether the group closing at `end` is quantified so that it may not occur at all.
    private static func isOptional(after end: Int, in characters: ArraySlice<Unicode.Scalar>) -> Bool {
        guard end + 1 < characters.endIndex else { return false }
        switch characters[end + 1] {
        case "?", "*": return true
        case "{": return end + 2 < characters.endIndex && characters[end + 2] == "0"
        default: return false
        }
    }

    /// What a group must match: its content after `?:`, `?<name>` or flags; nil for look-arounds and
    /// flag-only groups, which consume nothing.
    private static func groupBody(_ inner: ArraySlice<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar>? {
        guard inner.first == "?" else { return inner }
        let rest = inner.dropFirst()
        switch rest.first {
        case ":": return rest.dropFirst()
        case "<":
            let afterAngle = rest.dropFirst()
            guard let first = afterAngle.first, first != "=", first != "!",
                  let close = afterAngle.firstIndex(of: ">") else { return nil }
            return afterAngle[(close + 1)...]
        default:
            // Inline flags such as `(?i:…)`; `(?=`, `(?!` and `(?i)` have no body that must occur.
            guard let colon = rest.firstIndex(of: ":"), rest[..<colon].allSatisfy({ $0.properties.isAlphabetic || $0 == "-" })
            else { return nil }
            return rest[(colon + 1)...]
        }
    }

    /// The index of the `)` closing the group opened at `open`, skipping escapes and classes.
    private static func closing(of open: Int, in characters: ArraySlice<Unicode.Scalar>) -> Int? {
        var depth = 0
        var index = open
        while index < characters.endIndex {
            switch characters[index] {
            case "\\": index += 1
            case "[": guard let end = classEnd(from: index, in: characters) else { return nil }; index = end
            case "(": depth += 1
            case ")":
                depth -= 1
                if depth == 0 { return index }
            default: break
            }
            index += 1
        }
        return nil
    }

    /// The index of the `]` closing the class opened at `open`. A `]` first in a class is text, and classes
    /// nest (`[[a-z]&&[^x]]`), as ICU reads them.
    static func classEnd(from open: Int, in characters: ArraySlice<Unicode.Scalar>) -> Int? {
        var index = open + 1
        if index < characters.endIndex, characters[index] == "^" { index += 1 }
        if index < characters.endIndex, characters[index] == "]" { index += 1 }
        while index < characters.endIndex {
            switch characters[index] {
            case "\\": index += 1
            case "[":
                guard let inner = classEnd(from: index, in: characters) else { return nil }
                index = inner
            case "]": return index
            default: break
            }
            index += 1
        }
        return nil
    }
}

/// What every match of a pattern contains: for one of its top-level alternatives, a literal of each of that
/// alternative's sets. The matcher finds a pattern by `anyOf` and tries it only when `alternatives` hold.
struct RequiredLiterals: Sendable, Equatable {
    /// For each alternative, the sets of which each must have a literal in the text.
    let alternatives: [[[[UInt8]]]]

    /// A literal of which every match holds: each alternative's best set, joined.
    var anyOf: [[UInt8]] {
        var literals: [[UInt8]] = []
        for sets in alternatives {
            for literal in Self.best(sets) ?? [] where !literals.contains(literal) { literals.append(literal) }
        }
        return literals
    }

    /// The set that lets the fewest messages through: the one whose shortest literal is longest.
    static func best(_ sets: [[[UInt8]]]) -> [[UInt8]]? {
        sets.max { ($0.map(\.count).min() ?? 0, -$0.count) < ($1.map(\.count).min() ?? 0, -$1.count) }
    }
}
