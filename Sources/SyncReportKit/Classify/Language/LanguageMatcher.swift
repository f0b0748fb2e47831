/// The English rules and one language's pack, tried as one list in the order of all rules. The English matcher
/// is shared by every language, so a pack costs only its own rules.
struct LanguageMatcher: Sendable {
    let english: RuleMatcher
    let pack: RuleMatcher?

    func firstMatch(_ text: String, facts: RecordFacts, abandoned: inout [Int]) -> (rule: Int, groups: [String: String])? {
        var givenUp: [Int] = []
        let inEnglish = english.firstMatch(text, facts: facts, abandoned: &givenUp)
        let inPack = pack?.firstMatch(text, facts: facts, before: inEnglish?.rule ?? .max, abandoned: &givenUp)
        let found = inPack ?? inEnglish
        // A rule after the one that matched would not have been tried had the two lists been one.
        abandoned += givenUp.filter { $0 < found?.rule ?? .max }.sorted()
        return found
    }

    func firstFactRule(_ facts: RecordFacts, after rule: Int) -> Int? {
        [english.firstFactRule(facts, after: rule), pack?.firstFactRule(facts, after: rule)].compactMap(\.self).min()
    }
}
