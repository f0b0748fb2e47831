import Testing
@testable import SyncReportKit

@Suite struct BusinessCentralLinksTests {
    private let links = BusinessCentralLinks(
        base: "https://businesscentral.dynamics.com/7f2d6a1e-3c4b-4d5e-9f60-1a2b3c4d5e6f/Production", company: "CRONUS International Ltd.")
    private let query = "https://businesscentral.dynamics.com/7f2d6a1e-3c4b-4d5e-9f60-1a2b3c4d5e6f/Production/?company=CRONUS%20International%20Ltd."

    @Test func aCustomerOpensOnItsCardFilteredToIt() {
        #expect(links.card(of: RecordID(table: "Customer", key: "C00110")) == query + "&page=21&filter=%27No.%27%20IS%20%27C00110%27")
    }

    @Test func aSalesDocumentOpensOnThePageOfItsTypeWithItsWholeKey() {
        #expect(links.card(of: RecordID(table: "Sales Header", key: "Order,101005"))
            == query + "&page=42&filter=%27Document%20Type%27%20IS%20%27Order%27%20AND%20%27No.%27%20IS%20%27101005%27")
        #expect(links.card(of: RecordID(table: "Sales Header", key: "Quote,1001"))?.contains("&page=41&") == true)
    }

    @Test func valuesAreQuotedAndPercentEncoded() {
        #expect(links.card(of: RecordID(table: "Customer", key: "O'Brien & Söhne/1"))
            == query + "&page=21&filter=%27No.%27%20IS%20%27O%27%27Brien%20%26%20S%C3%B6hne%2F1%27")
        #expect(BusinessCentralLinks.encoded("a-z_0.9~ #?&=%") == "a-z_0.9~%20%23%3F%26%3D%25")
    }

    @Test func tablesWithoutAKnownPageOrWithAnotherKeyShapeGetNoCard() {
        #expect(links.card(of: RecordID(table: "Dataverse Account", key: "{3F2504E0-4F89-11D3-9A0C-0305E82C3301}")) == nil)
        #expect(links.card(of: RecordID(table: "Customer", key: "C1,extra")) == nil)
        #expect(links.card(of: RecordID(table: "Sales Header", key: "Unknown Type,1")) == nil)
    }

    @Test func theSynchronisationPagesAreTheirOwn() throws {
        #expect(links.coupledDataSynchronizationErrors == query + "&page=5333")
        #expect(links.mapping("CUSTOMER") == query + "&page=5335&filter=%27Name%27%20IS%20%27CUSTOMER%27")
        let job = try #require(GUID("6f9619ff-8b86-d011-b42d-00c04fc964ff"))
        #expect(links.errors(ofJob: job)
            == query + "&page=5339&filter=%27Integration%20Synch.%20Job%20ID%27%20IS%20%27%7B6F9619FF-8B86-D011-B42D-00C04FC964FF%7D%27")
    }
}
