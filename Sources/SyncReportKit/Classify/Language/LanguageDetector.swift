/// Tells which language a message is written in from its function words, the short words every sentence
/// needs whatever it is about (`ikke`, `nicht`, `niet`, `pas`): captions, record ids and Dataverse's English
/// inner texts carry few of them. Only languages with a rule pack take part; a message with no foreign
/// evidence is English.
struct LanguageDetector: Sendable {
    /// For each word, the languages it counts for, as bits of their places in `Language.allCases`: a word
    /// shared by Danish and Norwegian counts for both, and the words that differ (`af`/`av`, `fejl`/`feil`)
    /// decide between them.
    private let languagesOfWord: [WordKey: UInt16]
    /// For each first byte, the lengths of the function words starting with it, as bits: most words of a
    /// message are none, and this tells so without hashing them.
    private let lengthsByFirstByte: [UInt32]

    init(candidates: [Language]) {
        var languagesOfWord: [WordKey: UInt16] = [:]
        var lengthsByFirstByte = [UInt32](repeating: 0, count: 256)
        for language in candidates {
            // Every function word is shorter than a key holds.
            for word in Self.functionWords[language] ?? [] {
                languagesOfWord[WordKey(Array(word.utf8))!, default: 0] |= 1 << language.position
                lengthsByFirstByte[Int(word.utf8.first!)] |= 1 << word.utf8.count
            }
        }
        self.languagesOfWord = languagesOfWord
        self.lengthsByFirstByte = lengthsByFirstByte
    }

    /// The foreign languages whose function words occur in `text`, most first; ties go to the earlier in
    /// `Language`'s order. Empty when no foreign word occurs. English words are not counted: English rules are
    /// tried for every message anyway, so the only question is which pack to add.
    ///
    /// Works on UTF-8 bytes, as every distinct message of a night passes here: ASCII letters are lowercased,
    /// bytes beyond ASCII are letters of a word (æ, ø, ä, é), and Latin-1's capitals (À–Þ, `C3 80`–`C3 9E`)
    /// become their small letters (`C3 A0`–`C3 BE`), so "È necessario" finds "è".
    func ranked(_ text: String) -> [Language] {
        guard !languagesOfWord.isEmpty else { return [] }
        var scores = [Int](repeating: 0, count: Language.allCases.count)
        var word = WordKey()
        var first: UInt8 = 0
        // A run of letters and digits is one token, hyphens included ("Non-Interactive" is no Italian "non"); one
        // with a digit is an id or a GUID ("4e3a"), never a word.
        var hasDigit = false
        func count() {
            if !hasDigit, word.fits, lengthsByFirstByte[Int(first)] & 1 << word.length != 0, var languages = languagesOfWord[word] {
                while languages != 0 {
                    scores[languages.trailingZeroBitCount] += 1
                    languages &= languages - 1
                }
            }
            word = WordKey()
            hasDigit = false
        }
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if word.isEmpty { first = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte }
            switch byte {
            case 0x41...0x5A: word.append(byte | 0x20)
            case 0x61...0x7A: word.append(byte)
            case 0x30...0x39:
                word.append(byte)
                hasDigit = true
            case 0x2D where !word.isEmpty: word.append(byte)
            case 0x80...0xFF: word.append(previous == 0xC3 && (0x80...0x9E).contains(byte) && byte != 0x97 ? byte + 0x20 : byte)
            default: if !word.isEmpty { count() }
            }
            previous = byte
        }
        if !word.isEmpty { count() }
        return Language.allCases.indices.filter { scores[$0] > 0 }
            .sorted { (scores[$0], $1) > (scores[$1], $0) }
            .map { Language.allCases[$0] }
    }

    /// Words that are not also English words (no `in`, `is`, `on`, `at`, `of`, `met`, `per`) nor single letters
    /// (`e.g.` would read as Italian), so an English message scores nothing; each list holds the words of
    /// Business Central's integration labels in it.
    static let functionWords: [Language: Set<String>] = [
        .danish: [
            "og", "er", "ikke", "skal", "til", "af", "med", "den", "det", "denne", "dette", "kan", "der", "som", "har",
            "fra", "være", "eller", "blevet", "findes", "på", "ved", "følgende", "fejl", "mislykkedes", "kunne", "ingen",
            "allerede", "efter", "bliver", "nogen", "mellem", "hvis", "du", "skyldes", "fordi", "eksisterer", "ugyldig",
            "blev", "fundet", "sammenkædet", "sammenkæde", "sammenkædning", "recorden", "slettet", "forbindelsen", "opsætningen", "opsætning", "vælge", "ændret", "udført", "angivet",
        ],
        .norwegian: [
            "og", "er", "ikke", "skal", "til", "av", "med", "den", "det", "denne", "dette", "kan", "der", "som", "har",
            "fra", "være", "eller", "blitt", "finnes", "på", "ved", "følgende", "feil", "mislyktes", "kunne", "ingen",
            "allerede", "etter", "blir", "noen", "mellom", "hvis", "du", "fordi", "eksisterer", "ugyldig",
            "ble", "finner", "koblet", "koble", "koblingen", "posten", "postene", "må", "velge", "valgt", "endret", "tilkoblingen", "serveren", "dataene", "hoppet", "forrige", "utført",
        ],
        .swedish: [
            "och", "är", "inte", "måste", "till", "av", "med", "den", "det", "denna", "detta", "kan", "som", "har",
            "från", "vara", "eller", "finns", "på", "vid", "följande", "fel", "misslyckades", "kunde", "ingen",
            "redan", "efter", "blir", "mellan", "om", "du", "att", "för", "ett", "eftersom", "ogiltig",
            "kopplad", "koppla", "poster", "servern", "användaren", "anslutningen", "ändrats", "utförts", "gick", "vill", "över", "sidan",
        ],
        .german: [
            "der", "die", "das", "ist", "nicht", "muss", "und", "mit", "den", "dem", "des", "ein", "eine", "einen",
            "kann", "wurde", "werden", "für", "von", "zu", "auf", "im", "sind", "bereits", "folgenden", "fehler",
            "keine", "kein", "oder", "nur", "wenn", "sie", "weil", "aufgrund", "vorhanden", "ungültig",
            "datensatz", "datensätze", "gekoppelt", "kopplung", "gefunden", "wurden", "möchten", "müssen", "einem", "fehlgeschlagen", "verbindung", "einrichtung", "benutzer",
        ],
        .dutch: [
            "de", "het", "een", "niet", "moet", "en", "van", "voor", "op", "kan", "worden", "wordt", "zijn",
            "bij", "al", "geen", "naar", "deze", "dit", "omdat", "volgende", "fout", "kon",
            "bestaat", "ongeldig",
            "gekoppeld", "koppelen", "gegevens", "kunt", "wilt", "aan", "uit", "door", "mislukt", "gevonden", "verbinding", "gebruiker", "ingesteld",
        ],
        .french: [
            "le", "la", "les", "de", "des", "du", "un", "une", "est", "pas", "doit", "être", "et", "avec", "pour",
            "dans", "sur", "ne", "qui", "que", "été", "erreur", "impossible", "aucun", "aucune", "déjà", "vous", "car",
            "suivante", "existe", "enregistrement",
            "enregistrements", "données", "couplé", "couplée", "couplage", "connexion", "utilisateur", "devez", "ont", "sont", "échoué", "sélectionnés",
        ],
        .spanish: [
            "el", "la", "los", "las", "de", "del", "un", "una", "es", "debe", "ser", "con", "para", "en", "que",
            "por", "se", "ha", "está", "ya", "ningún", "ninguna", "puede", "siguiente", "existe", "registro", "usted",
            "registros", "emparejado", "emparejada", "emparejamiento", "conexión", "usuario", "han", "datos", "tabla", "configuración", "sincronización",
        ],
        .finnish: [
            "ja", "ei", "ole", "täytyy", "tulee", "se", "tämä", "joka", "kanssa", "virhe", "voi", "tai",
            "ovat", "että", "kun", "epäonnistui", "seuraava", "seuraavan", "olemassa", "koska", "sinun", "kohteen",
            "tietue", "tietuetta",
            "tietueen", "tietueet", "yhdistetty", "yhdistettävä", "yhdistäminen", "jos", "löytynyt", "löydy", "taulukon", "kaikki", "yksi", "ohjelman", "yhteyden",
        ],
        .italian: [
            "il", "lo", "la", "gli", "le", "di", "del", "della", "un", "una", "è", "non", "deve", "essere", "con", "che", "da", "ha", "stato", "errore", "già", "nessun", "nessuna", "può", "seguente", "esiste",
            "perché",
            "impossibile", "trovare", "tabella", "associato", "associata", "associazione", "sono", "stata", "stati", "utente", "connessione", "dati", "dei", "dell", "necessario", "questo",
        ],
    ]
}

