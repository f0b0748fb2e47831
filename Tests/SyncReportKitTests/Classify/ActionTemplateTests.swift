import Testing
@testable import SyncReportKit

/// Filling an action's placeholders reads as English whatever the message captured or the exports lack.
@Suite struct ActionTemplateTests {
    @Test func aWordBusinessCentralDoublesIsSaidOnce() {
        let template = ActionTemplate("Both {localRecord} and the coupled {remoteRecord} were changed.")
        let bound = template.bound(to: ["localRecord": "Customer: C1", "remoteRecord": "Dataverse Dataverse Account"])
        #expect(bound.render(record: "Customer C1", mapping: "CUSTOMER") == "Both Customer: C1 and the coupled Dataverse Account were changed.")
        #expect(ActionTemplate.withoutRepeatedWords("that that Item") == "that that Item", "only capitalised words, as captions are")
    }

    @Test func anArticleBeforeACapturedArticleIsSaidOnce() {
        let bound = ActionTemplate("The coupling or the {target} record is gone.").bound(to: ["target": "the source"])
        #expect(bound.render(record: "x", mapping: "") == "The coupling or the source record is gone.")
    }

    @Test func aMappingTheExportsDoNotNameReadsItsMapping() {
        let template = ActionTemplate("Set Resolve Update Conflicts on mapping {mapping}, or run {mapping} again.")
        #expect(template.render(record: "x", mapping: "") == "Set Resolve Update Conflicts on its mapping, or run its mapping again.")
        #expect(template.render(record: "x", mapping: "CUSTOMER") == "Set Resolve Update Conflicts on mapping CUSTOMER, or run CUSTOMER again.")
    }
}
