import Testing
@testable import SyncReportKit

/// Rule packs per language: a pack rule repeats an English rule's cause and action, and each message is read
/// with the pack of the language its words show, together with the English rules.
@Suite struct LanguagePackTests {
    private static let english = """
        version: 1
        rules:
          - id: wrapper.modifying-failed
            cause: unclassified
            priority: 1000
            match: '^Modifying (?<target>.+?) failed because of the following error: (?<inner>.+?)\\.?$'
            unwrap: inner
            action: 'Inspect {target} for {record}.'
          - id: missing.must-be-coupled
            cause: missing_dependency
            priority: 800
            match: '(?<dependency>.+?) must be coupled'
            action: 'Couple {dependency} first, then Retry {record}.'
          - id: permission.missing-privilege
            cause: permission
            priority: 800
            match: 'is missing (?<privilege>prv\\w+) privilege'
            action: 'Grant {privilege} to the integration user, then Retry {record}.'
        """

    private static let danish = """
        version: 1
        language: da
        rules:
          - id: da.wrapper.modifying-failed
            like: wrapper.modifying-failed
            match: '^Ændring af (?<target>.+?) mislykkedes på grund af følgende fejl: (?<inner>.+?)\\.?$'
          - id: da.missing.must-be-coupled
            like: missing.must-be-coupled
            match: '(?<dependency>.+?) skal være sammenkædet'
        """

    private static let german = """
        version: 1
        language: de
        rules:
          - id: de.missing.must-be-coupled
            like: missing.must-be-coupled
            match: '(?<dependency>.+?) muss mit .+? gekoppelt sein'
        """

    private func rules() throws -> RuleSet {
        let english = try RuleFile.parse(Self.english, file: "default.yml")
        let base = Dictionary(uniqueKeysWithValues: english.map { ($0.id, $0) })
        return RuleSet(
            english + (try RuleFile.parse(Self.danish, file: "packs/da.yml", base: base))
                + (try RuleFile.parse(Self.german, file: "packs/de.yml", base: base)))
    }

    @Test func aPackRuleTakesItsEnglishRulesCauseActionAndPriority() throws {
        let rule = try rules().rules.first { $0.id == "da.missing.must-be-coupled" }!
        #expect(rule.cause == .missingDependency && rule.priority == 800 && rule.language == .danish)
        #expect(rule.action.source == "Couple {dependency} first, then Retry {record}.")
        #expect(rule.origin == "packs/da.yml:7")
    }

    @Test func aDanishMessageIsReadWithTheDanishPackAndWordedInEnglish() throws {
        let result = Classifier(rules: try rules())
            .classify("Valuta EUR skal være sammenkædet med en række i Dataverse.")
        #expect(result.language == .danish)
        #expect(result.cause == .missingDependency && result.ruleID == "da.missing.must-be-coupled")
        #expect(result.action(record: "Debitor C1", mapping: "CUSTOMER") == "Couple Valuta EUR first, then Retry Debitor C1.")
    }

    @Test func englishInsideADanishWrapperIsReadAsEnglish() throws {
        let result = Classifier(rules: try rules()).classify(
            "Ændring af Debitor C1 mislykkedes på grund af følgende fejl: Principal user (Id=1) is missing prvWriteAccount privilege.")
        #expect(result.ruleChain == ["da.wrapper.modifying-failed", "permission.missing-privilege"])
        #expect(result.cause == .permission && result.language == .danish)
    }

    @Test func theLikeliestLanguageDecidesFirst() throws {
        // German words, and a Danish pattern of another cause in the text: the German rule decides.
        let result = Classifier(rules: try rules())
            .classify("Die Währung EUR muss mit der Zeile gekoppelt sein, Valuta skal være sammenkædet")
        #expect(result.language == .german && result.ruleID == "de.missing.must-be-coupled")
    }

    @Test func whereTheLikeliestPackKnowsNothingTheNextOneIsTried() throws {
        // More German words than Danish ones, but only the Danish pack knows the text.
        let result = Classifier(rules: try rules())
            .classify("Die Valuta EUR skal være sammenkædet")
        #expect(result.language == .danish && result.ruleID == "da.missing.must-be-coupled")
    }

    @Test func aForcedLanguageReadsEveryMessageAsIt() throws {
        let forced = Classifier(rules: try rules(), language: .danish)
        let result = forced.classify("Die Währung EUR skal være sammenkædet")
        #expect(result.language == .danish && result.ruleID == "da.missing.must-be-coupled")
        let english = Classifier(rules: try rules(), language: .english)
        #expect(english.classify("Valuta EUR skal være sammenkædet").ruleID == Classification.noRule)
    }

    @Test func anEnglishMessageIsReadAsEnglish() throws {
        let result = Classifier(rules: try rules())
            .classify("Currency EUR must be coupled to a Dataverse Transactioncurrency record.")
        #expect(result.language == .english && result.ruleID == "missing.must-be-coupled")
    }

    @Test(arguments: [
        ("language: xx\nrules: []\n", 1, "unknown language 'xx'"),
        ("language: da\nrules:\n  - {id: a, like: nope, match: 'x'}\n", 3, "rule 'a': like names 'nope', which is not a default rule's id"),
        ("language: da\nrules:\n  - {id: a, like: missing.must-be-coupled, cause: conflict, match: 'x'}\n", 3, "a rule with 'like' takes its cause from 'missing.must-be-coupled'"),
        ("language: da\nrules:\n  - {id: a, like: missing.must-be-coupled, match: 'x'}\n", 3, "the action uses {dependency}, which is neither"),
        ("language: da\nrules:\n  - {id: a, like: wrapper.modifying-failed, match: '(?<target>x)'}\n", 3, "unwrap names 'inner'"),
        ("rules:\n  - {id: a, cause: conflict, match: 'x', action: '{record}', source: [1, '']}\n", 2, "a source must be a non-empty text"),
    ])
    func packMistakesNameTheLineAndProblem(yaml: String, line: Int, problem: String) throws {
        let base = Dictionary(uniqueKeysWithValues: try RuleFile.parse(Self.english, file: "default.yml").map { ($0.id, $0) })
        do {
            _ = try RuleFile.parse("version: 1\n" + yaml, file: "packs/da.yml", base: base)
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains("packs/da.yml:\(line + 1):"), "\(error.description)")
            #expect(error.description.contains(problem), "\(error.description)")
        }
    }

    @Test(arguments: [
        ("Valuta EUR skal være sammenkædet med en række i Dataverse.", Language.danish),
        ("Valutaen EUR må være koblet til en rad i Dataverse, og den finnes ikke.", .norwegian),
        ("Valutan EUR måste vara kopplad till en rad i Dataverse.", .swedish),
        ("Die Währung EUR muss mit einer Dataverse-Zeile gekoppelt sein.", .german),
        ("Valuta EUR moet worden gekoppeld aan een Dataverse-rij.", .dutch),
        ("La devise EUR doit être couplée à une ligne Dataverse.", .french),
        ("La divisa EUR debe estar emparejada con una fila de Dataverse.", .spanish),
        ("Valuutta EUR on kytkettävä Dataverse-riviin, ja se ei ole olemassa.", .finnish),
        ("La valuta EUR deve essere associata a una riga di Dataverse.", .italian),
        ("Currency EUR must be coupled to a Dataverse row.", .english),
    ])
    func theWordsOfAMessageTellItsLanguage(text: String, language: Language) {
        let detector = LanguageDetector(candidates: Array(Language.allCases.dropFirst()))
        #expect((detector.ranked(text).first ?? .english) == language, "\(text)")
    }

    @Test func localesNameTheirLanguage() {
        #expect(Language(code: "da-DK") == .danish && Language(code: "de_AT") == .german && Language(code: "no") == .norwegian)
        #expect(Language(code: "pt-BR") == nil)
    }
}
