/// The few words whose role decides masking: closed-class English words that never start a caption, the words
/// that point at a caption (`… record`, `table …`), and the names of the two products and well-known acronyms,
/// which are constant text in every message rather than values.
enum MaskVocabulary {
    /// Determiners, pronouns, prepositions, conjunctions and auxiliaries: capitalised only because they start a
    /// sentence or a title, so they do not start a caption ("Both Customer: …", "The Vendor record").
    private static let functionWords: Set<WordKey> = keys([
        "a", "an", "the", "this", "that", "these", "those", "both", "each", "every", "all", "any", "some", "no",
        "not", "only", "either", "neither", "and", "or", "but", "nor", "if", "then", "else", "when", "while",
        "because", "since", "although", "though", "unless", "until", "after", "before", "as", "at", "by", "for",
        "from", "in", "into", "of", "on", "onto", "to", "with", "without", "within", "about", "over", "under",
        "between", "through", "there", "here", "it", "its", "you", "your", "we", "our", "they", "their", "he", "she",
        "his", "her", "i", "me", "my", "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did",
        "has", "have", "had", "can", "cannot", "could", "should", "would", "will", "shall", "may", "might", "must",
        "please", "however", "also", "so", "yet", "what", "which", "who", "whom", "whose", "why", "how", "where",
    ])

    /// Lower-case words that may join caption words: "Unit of Measure", "Sales & Receivables Setup".
    private static let connectors: Set<WordKey> = keys(["of", "&"])

    /// A caption stands before these: "the Customer record", "the Dataverse Account table", "the Name field".
    private static let captionBefore: [WordKey: MaskKind] = [
        WordKey("record"): .table, WordKey("records"): .table, WordKey("table"): .table,
        WordKey("tables"): .table, WordKey("field"): .field, WordKey("fields"): .field,
    ]

    /// A caption follows these: "table Customer", "the field ModifiedBy", "for entity Customer: 10000".
    private static let captionAfter: [WordKey: MaskKind] = [
        WordKey("table"): .table, WordKey("entity"): .table, WordKey("field"): .field, WordKey("fields"): .field,
    ]

    /// Constant names, matched word by word and case-sensitively, longest first, by the first byte of their first
    /// word: the products and the acronyms that are message text, not codes.
    private static let constantPhrases: [[[[UInt8]]]] = {
        let phrases = [
            "Microsoft Dynamics 365 Business Central", "Dynamics 365 Business Central", "Microsoft Dynamics 365 Sales",
            "Microsoft Dynamics 365", "Dynamics 365 Sales", "Dynamics 365", "Dynamics CRM", "Business Central",
            "Common Data Service", "Power Platform", "Power Apps", "Microsoft Entra", "Microsoft", "Dataverse", "Azure",
            "ID", "Id", "GUID", "SQL", "ISO", "CRM", "CDS", "OTC", "URL", "URI", "HTTP", "HTTPS", "API", "OData", "XML",
            "JSON", "UTC", "TLS", "OAuth",
        ].map { $0.split(separator: " ").map { Array($0.utf8) } }
        var byFirstByte = [[[[UInt8]]]](repeating: [], count: 128)
        for phrase in phrases { byFirstByte[Int(phrase[0][0])].append(phrase) }
        return byFirstByte
    }()

    static func isFunctionWord(_ word: ArraySlice<UInt8>) -> Bool {
        WordKey(word, lowercased: true).map(functionWords.contains) ?? false
    }

    static func isConnector(_ word: ArraySlice<UInt8>) -> Bool {
        WordKey(word).map(connectors.contains) ?? false
    }

    static func captionBefore(_ word: ArraySlice<UInt8>) -> MaskKind? {
        WordKey(word).flatMap { captionBefore[$0] }
    }

    static func captionAfter(_ word: ArraySlice<UInt8>) -> MaskKind? {
        WordKey(word).flatMap { captionAfter[$0] }
    }

    /// The record id follows this word: "Cannot find Dataverse Account record 3f2504e0-…".
    static func isRecordWord(_ word: ArraySlice<UInt8>) -> Bool { WordKey(word) == recordWord }

    /// Dataverse names its tables in lower case, so after this word a lower-case word ending the clause is a name:
    /// "of entity account".
    static func isEntityWord(_ word: ArraySlice<UInt8>) -> Bool { WordKey(word) == entityWord }

    private static let recordWord = WordKey("record")
    private static let entityWord = WordKey("entity")

    /// Captions of Dataverse-side tables in Business Central start with these ("Dataverse Account", "CRM Uom").
    static func isIntegrationPrefix(_ word: ArraySlice<UInt8>) -> Bool {
        word.elementsEqual("Dataverse".utf8) || word.elementsEqual("CRM".utf8)
    }

    /// Constant phrases that may start with this word, longest first.
    static func constantPhrases(startingWith word: ArraySlice<UInt8>) -> [[[UInt8]]] {
        guard let first = word.first, first < 0x80 else { return [] }
        return constantPhrases[Int(first)]
    }

    /// A one-word constant such as `OTC` in `OTC=1`.
    static func isConstantWord(_ word: ArraySlice<UInt8>) -> Bool {
        constantPhrases(startingWith: word).contains { $0.count == 1 && $0[0].elementsEqual(word) }
    }

    private static func keys(_ words: [StaticString]) -> Set<WordKey> {
        Set(words.map(WordKey.init))
    }
}
