import Testing
@testable import SyncReportKit

/// The shared corpus: each real Business Central message classifies to its labelled cause.
@Suite struct CorpusClassificationTests {
    @Test(arguments: CorpusMessage.all)
    func corpusExampleGetsItsLabelledCause(message: CorpusMessage) throws {
        let result = Stages.classifier.classify(message.example)
        #expect(result.cause.rawValue == message.cause, "\(message.example) -> rule \(result.ruleChain)")
        #expect(result.ruleID != Classification.noRule || message.cause == "unclassified")
    }

    @Test func theCorpusCoversEveryCause() {
        #expect(Set(CorpusMessage.all.map(\.cause)) == Set(Cause.allCases.map(\.rawValue)))
    }

    @Test func everyClassifiedErrorCarriesEvidenceAndAnActionNamingTheRecord() {
        for message in CorpusMessage.all {
            let result = Stages.classifier.classify(message.example)
            let action = result.action(record: "Customer C-10/20", mapping: "CUSTOMER")
            #expect(action.contains("Customer C-10/20") || action.contains("C-10/20"), "\(result.ruleID): \(action)")
            if result.ruleID != Classification.noRule { #expect(!result.matchedText.isEmpty) }
        }
    }
}
