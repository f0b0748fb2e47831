/// A language Business Central writes its messages in, by ISO 639-1 code. Rules without a language are the
/// English ones and are tried for every message: Dataverse's own texts stay English in every tenant, and a
/// localised wrapper often carries one.
public enum Language: String, CaseIterable, Sendable, Comparable {
    case english = "en"
    case danish = "da"
    case german = "de"
    case dutch = "nl"
    case french = "fr"
    case spanish = "es"
    case swedish = "sv"
    case norwegian = "nb"
    case finnish = "fi"
    case italian = "it"

    public var name: String {
        switch self {
        case .english: "English"
        case .danish: "Danish"
        case .german: "German"
        case .dutch: "Dutch"
        case .french: "French"
        case .spanish: "Spanish"
        case .swedish: "Swedish"
        case .norwegian: "Norwegian"
        case .finnish: "Finnish"
        case .italian: "Italian"
        }
    }

    /// The code, or a Business Central locale such as `da-DK` or `de_AT`: the part before the region decides.
    public init?(code: String) {
        let language = code.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? ""
        guard let found = Self(rawValue: language == "no" || language == "nn" ? "nb" : language) else { return nil }
        self = found
    }

    /// The place in `allCases`, which orders languages.
    var position: Int { Self.allCases.firstIndex(of: self)! }

    public static func < (lhs: Language, rhs: Language) -> Bool {
        lhs.position < rhs.position
    }
}
