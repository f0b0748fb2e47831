/// Literal text a pattern's matches must contain, lowercased: for each top-level alternative the longest sure
/// run, so a message holding none of them cannot match and the regular expression need not run. Most messages
/// skip most patterns this way.
///
/// Conservative: text inside groups, classes or before a quantifier is not counted, and a pattern with an
/// alternative that has no sure literal has no prefilter at all.
enum RequiredLiteral {
    static let minimumLength = 4

    static func anyOf(_ pattern: String) -> [[UInt8]]? {
        var literals: [[UInt8]] = []
        for alternative in alternatives(of: Array(pattern.unicodeScalars)) {
            guard let literal = of(alternative) else { return nil }
            literals.append(literal)
        }
        return literals
    }

    /// The top-level alternatives, split at `|` outside groups, classes and escapes.
    private static func alternatives(of characters: [Unicode.Scalar]) -> [[Unicode.Scalar]] {
        var parts: [[Unicode.Scalar]] = []
        var start = 0
        var index = 0
        while index < characters.count {
            switch characters[index] {
            case "\\": index += 1
            case "(": index = closing(of: index, in: characters) ?? characters.count
            case "[": index = classEnd(from: index, in: characters) ?? characters.count
            case "|":
                parts.append(Array(characters[start..<index]))
                start = index + 1
            default: break
            }
            index += 1
        }
        parts.append(Array(characters[min(start, characters.count)...]))
        return parts
    }

    static func of(_ characters: [Unicode.Scalar]) -> [UInt8]? {
        var runs: [[Unicode.Scalar]] = []
        var current: [Unicode.Scalar] = []
        func endRun() {
            if !current.isEmpty { runs.append(current) }
            current = []
        }
        var index = 0
        while index < characters.count {
            let character = characters[index]
            switch character {
            case "(":
                endRun()
                guard let end = closing(of: index, in: characters) else { return nil }
                index = end
            case "[":
                endRun()
                guard let end = classEnd(from: index, in: characters) else { return nil }
                index = end
            case "*", "?", "{":
                // The quantified atom may be absent.
                if !current.isEmpty { current.removeLast() }
                endRun()
                if character == "{" { while index < characters.count, characters[index] != "}" { index += 1 } }
            case "+":
                endRun()
            case ".", "^", "$", ")", "]", "}":
                endRun()
            case "\\":
                guard index + 1 < characters.count else { return nil }
                let escaped = characters[index + 1]
                if escaped.properties.isAlphabetic || ("0"..."9").contains(escaped) || !escaped.isASCII {
                    endRun()
                } else {
                    current.append(escaped)
                }
                index += 1
            default:
                // Lowercasing and ICU's case folding agree on ASCII only.
                if character.isASCII { current.append(character) } else { endRun() }
            }
            index += 1
        }
        endRun()
        guard let longest = runs.max(by: { $0.count < $1.count }), longest.count >= minimumLength else { return nil }
        return Array(String(String.UnicodeScalarView(longest)).lowercased().utf8)
    }

    /// The index of the `)` closing the group opened at `open`, skipping escapes and classes.
    private static func closing(of open: Int, in characters: [Unicode.Scalar]) -> Int? {
        var depth = 0
        var index = open
        while index < characters.count {
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

    private static func classEnd(from open: Int, in characters: [Unicode.Scalar]) -> Int? {
        var index = open + 1
        if index < characters.count, characters[index] == "^" { index += 1 }
        if index < characters.count, characters[index] == "]" { index += 1 }
        while index < characters.count {
            if characters[index] == "\\" { index += 2; continue }
            if characters[index] == "]" { return index }
            index += 1
        }
        return nil
    }
}

extension [UInt8] {
    /// Whether `needle` occurs in these bytes (first-byte scan, then compare).
    func contains(bytes needle: [UInt8]) -> Bool {
        guard let first = needle.first, needle.count <= count else { return needle.isEmpty }
        var index = 0
        let last = count - needle.count
        while index <= last {
            if self[index] == first {
                var offset = 1
                while offset < needle.count, self[index + offset] == needle[offset] { offset += 1 }
                if offset == needle.count { return true }
            }
            index += 1
        }
        return false
    }
}
