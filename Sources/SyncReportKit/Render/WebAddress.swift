/// Addresses that reach the report's links from options (`--bc-url`, `--report-url`): only http(s), so a
/// `javascript:`, `data:` or `file:` address can never become an href, in a page or in the email.
public enum WebAddress {
    public static func isHTTP(_ text: String) -> Bool {
        let lowercased = text.lowercased()
        guard lowercased.hasPrefix("https://") || lowercased.hasPrefix("http://") else { return false }
        // Spaces, controls, line breaks and bidi or other format characters would break or disguise the address.
        return !text.unicodeScalars.contains { scalar in
            switch scalar.properties.generalCategory {
            case .control, .format, .lineSeparator, .paragraphSeparator, .spaceSeparator: true
            default: false
            }
        }
    }
}
