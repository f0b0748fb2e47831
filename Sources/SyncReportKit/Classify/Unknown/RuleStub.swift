/// A rule for the rule file that matches every message of one template, for the administrator to complete with
/// the cause and the action.
enum RuleStub {
    /// `dotMatchesLineSeparators` when a message of the group holds a line separator that normalising keeps
    /// (U+2028, vertical tab …), which `.` does not match otherwise.
    static func yaml(template: String, id: String, dotMatchesLineSeparators: Bool = false) -> String {
        let source = (dotMatchesLineSeparators ? "(?s)" : "") + pattern(for: template)
        let pattern = source.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "''")
        return """
            - id: \(id)
              cause: unclassified          # replace with the cause
              match: '\(pattern)'
              action: 'Describe what to do for {record}.'

            """
    }

    /// The template as an anchored ICU pattern: literal text escaped, each placeholder a numbered named group
    /// such as `(?<record1>.+?)`.
    static func pattern(for template: String) -> String {
        var pattern = "^"
        var numbers: [MaskKind: Int] = [:]
        var rest = Substring(template)
        while let scalar = rest.unicodeScalars.first {
            if scalar == "<", let kind = MaskKind.allCases.first(where: { rest.hasPrefix($0.placeholder) }) {
                let number = numbers[kind, default: 0] + 1
                numbers[kind] = number
                pattern += "(?<\(kind)\(number)>.+?)"
                rest = rest.dropFirst(kind.placeholder.count)
                continue
            }
            pattern += escaped(scalar)
            rest = Substring(rest.unicodeScalars.dropFirst())
        }
        return pattern + "$"
    }

    /// The first words of the template's text, for the rule id: `cannot-find-record`.
    static func slug(of template: String) -> String {
        var text = template
        for kind in MaskKind.allCases {
            text = text.split(separator: kind.placeholder, omittingEmptySubsequences: false).joined(separator: " ")
        }
        let words = text.lowercased().split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }.prefix(5)
        return words.isEmpty ? "message" : words.joined(separator: "-")
    }

    private static let special: Set<Unicode.Scalar> = ["\\", "^", "$", ".", "|", "?", "*", "+", "(", ")", "[", "]", "{", "}"]

    /// A character as a pattern matches it; characters YAML cannot hold in a quoted text are written as `\x{…}`.
    private static func escaped(_ scalar: Unicode.Scalar) -> String {
        if special.contains(scalar) { return "\\" + String(scalar) }
        let value = scalar.value
        let category = scalar.properties.generalCategory
        if value < 0x20 || (0x7F...0x9F).contains(value) || value == 0xFFFE || value == 0xFFFF
            || category == .lineSeparator || category == .paragraphSeparator || category == .format {
            return "\\x{" + String(value, radix: 16, uppercase: true) + "}"
        }
        return String(scalar)
    }

    /// Whether the text holds a character that ends a line for `.` but not for `MessageText.normalize`.
    static func hasLineSeparator(_ text: String) -> Bool {
        text.unicodeScalars.contains {
            switch $0 {
            case "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}": true
            default: false
            }
        }
    }
}
