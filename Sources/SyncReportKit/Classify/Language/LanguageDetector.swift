/// Tells which language a message is written in from its function words, the short words every sentence
/// needs whatever it is about (`ikke`, `nicht`, `niet`, `pas`): captions, record ids and Dataverse's English
/// inner texts carry few of them. Only languages with a rule pack take part; a message with no foreign
/// evidence is English.
struct LanguageDetector: Sendable {
    /// For each word, the languages it counts for: a word shared by Danish and Norwegian counts for both,
    /// and the words that differ (`af`/`av`, `fejl`/`feil`) decide between them.
    private let languagesOfWord: [String: [Language]]
    private let candidates: [Language]

    init(candidates: [Language]) {
        self.candidates = candidates
        var languagesOfWord: [String: [Language]] = [:]
        for language in candidates {
            for word in Self.functionWords[language] ?? [] { languagesOfWord[word, default: []].append(language) }
        }
        self.languagesOfWord = languagesOfWord
    }

    /// The foreign language with the most function words in `text`; ties go to the earlier in `Language`'s
    /// order. `nil` when no foreign word occurs. English words are not counted: English rules are tried for
    /// every message anyway, so the only question is which pack to add.
    func detect(_ text: String) -> Language? {
        guard !languagesOfWord.isEmpty else { return nil }
        var scores: [Language: Int] = [:]
        var word = ""
        func count() {
            if let languages = languagesOfWord[word] { for language in languages { scores[language, default: 0] += 1 } }
            word.removeAll(keepingCapacity: true)
        }
        for character in text.lowercased().unicodeScalars {
            if character.properties.isAlphabetic { word.unicodeScalars.append(character) } else if !word.isEmpty { count() }
        }
        if !word.isEmpty { count() }
        return candidates.filter { scores[$0, default: 0] > 0 }
            .max { (scores[$0]!, $1) < (scores[$1]!, $0) }
    }

    /// Words that are not also common English words (no `in`, `is`, `on`, `at`, `of`, `also`), so an English
    /// message scores nothing; each list holds the words of Business Central's integration labels in it.
    static let functionWords: [Language: Set<String>] = [
        .danish: [
            "og", "er", "ikke", "skal", "til", "af", "med", "den", "det", "denne", "dette", "kan", "der", "som", "har",
            "fra", "være", "eller", "blevet", "findes", "på", "ved", "følgende", "fejl", "mislykkedes", "kunne", "ingen",
            "allerede", "efter", "bliver", "nogen", "mellem", "hvis", "du", "skyldes", "fordi", "eksisterer", "ugyldig",
        ],
        .norwegian: [
            "og", "er", "ikke", "skal", "til", "av", "med", "den", "det", "denne", "dette", "kan", "der", "som", "har",
            "fra", "være", "eller", "blitt", "finnes", "på", "ved", "følgende", "feil", "mislyktes", "kunne", "ingen",
            "allerede", "etter", "blir", "noen", "mellom", "hvis", "du", "fordi", "eksisterer", "ugyldig",
        ],
        .swedish: [
            "och", "är", "inte", "måste", "till", "av", "med", "den", "det", "denna", "detta", "kan", "som", "har",
            "från", "vara", "eller", "finns", "på", "vid", "följande", "fel", "misslyckades", "kunde", "ingen",
            "redan", "efter", "blir", "mellan", "om", "du", "att", "för", "ett", "eftersom", "ogiltig",
        ],
        .german: [
            "der", "die", "das", "ist", "nicht", "muss", "und", "mit", "den", "dem", "des", "ein", "eine", "einen",
            "kann", "wurde", "werden", "für", "von", "zu", "auf", "im", "sind", "bereits", "folgenden", "fehler",
            "keine", "kein", "oder", "nur", "wenn", "sie", "weil", "aufgrund", "vorhanden", "ungültig",
        ],
        .dutch: [
            "de", "het", "een", "niet", "moet", "en", "van", "met", "voor", "op", "kan", "worden", "wordt", "zijn",
            "bij", "al", "geen", "naar", "deze", "dit", "omdat", "volgende", "fout", "kon", "u",
            "bestaat", "ongeldig",
        ],
        .french: [
            "le", "la", "les", "de", "des", "du", "un", "une", "est", "pas", "doit", "être", "et", "avec", "pour",
            "dans", "sur", "ne", "qui", "que", "été", "erreur", "impossible", "aucun", "aucune", "déjà", "vous", "car",
            "suivante", "existe", "enregistrement",
        ],
        .spanish: [
            "el", "la", "los", "las", "de", "del", "un", "una", "es", "debe", "ser", "y", "con", "para", "en", "que",
            "por", "se", "ha", "está", "ya", "ningún", "ninguna", "puede", "siguiente", "existe", "registro", "usted",
        ],
        .finnish: [
            "ja", "ei", "ole", "täytyy", "tulee", "se", "tämä", "joka", "kanssa", "virhe", "jo", "voi", "tai",
            "ovat", "että", "kun", "epäonnistui", "seuraava", "seuraavan", "olemassa", "koska", "sinun", "kohteen",
            "tietue", "tietuetta",
        ],
        .italian: [
            "il", "lo", "la", "gli", "le", "di", "del", "della", "un", "una", "è", "non", "deve", "essere", "e", "con",
            "per", "che", "da", "ha", "stato", "errore", "già", "nessun", "nessuna", "può", "seguente", "esiste",
            "perché",
        ],
    ]
}
