import Foundation
import Testing
@testable import SyncReportKit

@Suite struct ClassifierTests {
    private func rules(_ yaml: String) throws -> RuleSet {
        RuleSet(try RuleFile.parse(yaml, file: "test.yml"))
    }

    private let wrapperRules = """
        version: 1
        rules:
          - id: wrapper
            cause: unclassified
            priority: 10
            match: '^Modifying (?<target>.+?) failed because of the following error: (?<inner>.+?)\\.?$'
            unwrap: inner
            action: 'Inspect {target}.'
          - id: dependency
            cause: missing_dependency
            match: ['(?<table>\\w+) (?<code>\\w+) must be coupled']
            action: 'Couple {table} {code} first, then Retry {record} on {mapping}.'
        """

    @Test func actionsUseNamedGroupsAndTheRecord() throws {
        let classifier = Classifier(rules: try rules(wrapperRules))
        let result = classifier.classify("Currency EUR must be coupled to a record.")
        #expect(result.cause == .missingDependency)
        #expect(result.action(record: "Customer C1", mapping: "CUSTOMER") == "Couple Currency EUR first, then Retry Customer C1 on CUSTOMER.")
    }

    @Test func wrappersAreClassifiedByTheirInnerText() throws {
        let classifier = Classifier(rules: try rules(wrapperRules))
        let result = classifier.classify(
            "Modifying Customer C1 failed because of the following error: Currency EUR must be coupled.")
        #expect(result.cause == .missingDependency)
        #expect(result.ruleChain == ["wrapper", "dependency"])
    }

    @Test func aWrapperAroundAnUnknownMessageKeepsItsOwnRule() throws {
        let classifier = Classifier(rules: try rules(wrapperRules))
        let result = classifier.classify(
            "Modifying Customer C1 failed because of the following error: something odd.")
        #expect(result.cause == .unclassified)
        #expect(result.ruleID == "wrapper")
        #expect(result.action(record: "Customer C1", mapping: "") == "Inspect Customer C1.")
    }

    @Test func lineBreaksAndBackslashesMatchAsSpaces() throws {
        let classifier = Classifier(rules: try rules(wrapperRules))
        #expect(classifier.classify("Currency EUR must\\be\ncoupled").cause == .missingDependency)
        #expect(classifier.classify("Currency EUR must\r\n be coupled").cause == .missingDependency)
        #expect(classifier.classify("Currency EUR\\must be coupled").cause == .missingDependency)
    }

    @Test func unknownMessagesAreUnclassifiedWithNoRule() throws {
        let result = Classifier(rules: try rules(wrapperRules)).classify("Out of cheese.")
        #expect(result.cause == .unclassified)
        #expect(result.ruleID == Classification.noRule)
        #expect(result.action(record: "Customer C1", mapping: "").contains("Customer C1"))
    }

    /// The night's run matches each distinct message once and on all cores; every error must still get what
    /// classifying it alone gives.
    @Test func aNightIsClassifiedAsEachErrorAlone() throws {
        let files = SampleGenerator(seed: 7, errors: 6_000).files().map { InputFile(name: $0.name, bytes: $0.contents) }
        let night = Stages.classifier.run(try Importer().run(files))
        #expect(night.errors.count > 5_000)
        for error in night.errors {
            let alone = Stages.classifier.classify(
                error.error.message, facts: night.records.facts(of: error.error))
            #expect(error.classification == alone, "\(error.error.origin)")
            #expect(error.action == alone.action(record: error.record.displayName, mapping: error.mapping), "\(error.error.origin)")
        }
    }

    @Test func higherPriorityWinsAndLaterLayersReplaceRulesById() throws {
        let base = try RuleFile.parse("""
            rules:
              - {id: a, cause: validation, match: 'x', action: 'A'}
              - {id: b, cause: permission, priority: 5, match: 'x', action: 'B'}
            """, file: "base.yml")
        let user = try RuleFile.parse("""
            rules:
              - {id: b, cause: conflict, priority: -1, match: 'x', action: 'B2'}
            """, file: "user.yml")
        #expect(Classifier(rules: RuleSet(base)).classify("x").ruleID == "b")
        let merged = RuleSet(layers: [base, user])
        #expect(merged.rules.map(\.id) == ["a", "b"])
        #expect(Classifier(rules: merged).classify("x").ruleID == "a")
    }
}

@Suite struct RuleConditionTests {
    private let rules = """
        rules:
          - id: state.gone
            cause: deleted_in_bc
            priority: 10
            when: {recordExists: false}
            action: 'Restore {record}.'
          - id: skipped-conflict
            cause: conflict
            match: 'changed'
            when: {skipped: true}
            action: 'Synchronize {record}, then Retry.'
          - id: text
            cause: validation
            match: '.'
            action: 'Fix {record}.'
        """

    private func classifier() throws -> Classifier {
        Classifier(rules: RuleSet(try RuleFile.parse(rules, file: "r.yml")))
    }

    @Test func directEvidenceDecidesWhateverTheText() throws {
        let result = try classifier().classify("anything", facts: RecordFacts(recordExists: false))
        #expect(result.cause == .deletedInBC)
        #expect(result.matchedText == "Record Exists: No")
    }

    @Test func anUnknownFactNeverSatisfiesACondition() throws {
        #expect(try classifier().classify("anything").ruleID == "text")
        #expect(try classifier().classify("changed", facts: RecordFacts(isSkipped: false)).ruleID == "text")
        #expect(try classifier().classify("changed", facts: RecordFacts(isSkipped: true)).ruleID == "skipped-conflict")
    }

    @Test func aConditionWithAnUnknownFactOrAGroupIsAMistake() {
        #expect(throws: RuleError.self) {
            try RuleFile.parse("rules:\n  - {id: a, cause: conflict, when: {colour: red}, action: 'y'}\n", file: "r.yml")
        }
        #expect(throws: RuleError.self) {
            try RuleFile.parse("rules:\n  - {id: a, cause: conflict, when: {skipped: true}, action: 'use {group}'}\n", file: "r.yml")
        }
    }

    private let factRules = """
        rules:
          - {id: generic, cause: unclassified, priority: 900, match: '^An unexpected error occurred\\.$', action: 'Inspect {record}.'}
          - {id: text, cause: validation, match: 'must have a value', action: 'Fix {record}.'}
          - {id: both-changed, cause: conflict, priority: -10, when: {changedOnBothSides: true}, action: 'Synchronize {record}.'}
          - {id: failed-out, cause: validation, priority: -20, when: {lastSyncIntoDataverseFailed: true, lastSyncIntoBCFailed: false}, action: 'Check {record}.'}
        """

    @Test func aRuleOfFactsDecidesWhereTheTextCannot() throws {
        let classifier = Classifier(rules: RuleSet(try RuleFile.parse(factRules, file: "r.yml")))
        let both = RecordFacts(changedOnBothSides: true)
        let generic = classifier.classify("An unexpected error occurred.", facts: both)
        #expect(generic.cause == .conflict)
        #expect(generic.ruleChain == ["generic", "both-changed"])
        #expect(generic.matchedText == "Changed in both apps since the last synchronisation: Yes")
        #expect(generic.action(record: "Customer C1", mapping: "") == "Synchronize Customer C1.")
        #expect(classifier.classify("Out of cheese.", facts: both).ruleChain == ["both-changed"])
        // A message whose text decides keeps its cause.
        #expect(classifier.classify("Name must have a value.", facts: both).ruleID == "text")
        let notChanged = RecordFacts(changedOnBothSides: false)
        #expect(classifier.classify("An unexpected error occurred.", facts: notChanged).ruleID == "generic")
        #expect(classifier.classify("Out of cheese.", facts: notChanged).ruleID == Classification.noRule)
    }

    @Test func aRuleOfFactsThatDecidesNothingIsNotTriedTwice() throws {
        let classifier = Classifier(rules: RuleSet(try RuleFile.parse("""
            rules:
              - {id: skipped, cause: unclassified, priority: 5, when: {skipped: true}, action: 'Retry {record}.'}
              - {id: both-changed, cause: conflict, priority: -10, when: {changedOnBothSides: true}, action: 'Synchronize {record}.'}
            """, file: "r.yml")))
        let result = classifier.classify("x", facts: RecordFacts(isSkipped: true, changedOnBothSides: true))
        #expect(result.ruleChain == ["skipped", "both-changed"])
        #expect(classifier.classify("x", facts: RecordFacts(isSkipped: true)).ruleChain == ["skipped"])
    }

    @Test func aBlankLastResultStatesNothing() throws {
        let guid = try #require(GUID("3F2504E0-4F89-11D3-9A0C-0305E82C3301"))
        let coupling = Coupling(crmID: guid, integrationID: guid, lastSynchCRMResult: .success, origin: SourceLocation(file: "c.csv", line: 2, column: 1))
        let facts = RecordFacts(nil, coupling: coupling)
        #expect(facts.lastSyncIntoBCFailed == nil)
        #expect(facts.lastSyncIntoDataverseFailed == false)
    }

    @Test func theLastResultOnEachSideIsAFact() throws {
        let classifier = Classifier(rules: RuleSet(try RuleFile.parse(factRules, file: "r.yml")))
        let outOnly = RecordFacts(lastSyncIntoBCFailed: false, lastSyncIntoDataverseFailed: true)
        let result = classifier.classify("Out of cheese.", facts: outOnly)
        #expect(result.ruleID == "failed-out")
        #expect(result.matchedText == "Last synchronisation into Business Central failed: No, Last synchronisation into Dataverse failed: Yes")
        #expect(classifier.classify("Out of cheese.", facts: RecordFacts(lastSyncIntoDataverseFailed: true)).ruleID == Classification.noRule)
    }

    @Test func theCouplingAndThePageTellWhetherBothSidesChanged() throws {
        let crmID = try #require(GUID("3F2504E0-4F89-11D3-9A0C-0305E82C3301"))
        let lastSync = Date(timeIntervalSince1970: 1_000_000)
        func night(modifiedOn: TimeInterval, coupledModifiedOn: TimeInterval) -> Dataset {
            Dataset(
                errors: [SyncError(
                    source: RecordID(table: "Customer", key: "C00110"),
                    destination: RecordID(table: "Dataverse Account", key: crmID.value),
                    message: "An unexpected error occurred.",
                    recordState: RecordState(
                        recordExists: true, coupledRecordExists: true, coupledTo: "Fabrikam",
                        modifiedOn: lastSync + modifiedOn, coupledModifiedOn: lastSync + coupledModifiedOn),
                    origin: SourceLocation(file: "e.csv", line: 2, column: 1))],
                couplings: [Coupling(
                    crmID: crmID, integrationID: crmID, lastSynchModifiedOn: lastSync, lastSynchCRMModifiedOn: lastSync,
                    lastSynchResult: .success, lastSynchCRMResult: .failure, origin: SourceLocation(file: "c.csv", line: 2, column: 1))])
        }
        let both = try #require(Stages.classifier.run(night(modifiedOn: 60, coupledModifiedOn: 120)).errors.first)
        #expect(both.classification.cause == .conflict)
        #expect(both.classification.ruleChain == ["unclassified.unexpected-error", "state.changed-on-both-sides"])
        let oneSide = try #require(Stages.classifier.run(night(modifiedOn: 60, coupledModifiedOn: 0)).errors.first)
        #expect(oneSide.classification.cause == .unclassified)
    }

    @Test func thePageExportsEvidenceClassifiesTheNight() throws {
        let analysis = try Stages.analysis([Fixtures.input("coupled-errors.csv")])
        let deleted = try #require(analysis.night.errors.first { $0.record.key == "Customer: C00999" })
        #expect(deleted.classification.ruleID == "state.deleted-in-bc")
        let inDataverse = try #require(analysis.night.errors.first { $0.record.key == "Customer: C00110" })
        #expect(inDataverse.classification.cause == .deletedInDataverse)
    }
}
