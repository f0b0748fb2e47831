import Foundation
import Testing
@testable import SyncReportKit

/// The parts of a fetch that need no server; the fetch itself is tested against the stand-in server in
/// SyncReportCLITests.
@Suite struct FetchPartsTests {
    private let utc: ISO8601DateFormatter = {
        let format = ISO8601DateFormatter()
        format.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return format
    }()

    // MARK: Addresses

    @Test func aCompanyNameIsAnODataLiteralInOnePathSegment() {
        #expect(ODataAddress.literal("O'Neil") == "'O''Neil'")
        #expect(ODataAddress.segment(ODataAddress.literal("CRONUS USA, Inc.")) == "'CRONUS%20USA%2C%20Inc.'")
        #expect(ODataAddress.segment("A&B / Nord?#%") == "A%26B%20%2F%20Nord%3F%23%25")
        let address = ODataAddress(
            api: URL(string: "https://api.businesscentral.dynamics.com/")!, tenant: "contoso.onmicrosoft.com",
            environment: "Production", company: "CRONUS USA, Inc.")
        #expect(address.firstPage(of: "IntegrationSynchErrors", filteringOn: "Date_Time", since: utc.date(from: "2026-12-02T22:00:00.250Z")!)
            == "https://api.businesscentral.dynamics.com/v2.0/contoso.onmicrosoft.com/Production/ODataV4/Company('CRONUS%20USA%2C%20Inc.')/IntegrationSynchErrors?$filter=Date_Time%20ge%202026-12-02T22%3A00%3A00.250Z")
        #expect(address.firstPage(of: "CRMIntegrationRecords", filteringOn: nil, since: Date()).hasSuffix("')/CRMIntegrationRecords"))
    }

    @Test func namesAreCheckedBeforeAnyRequest() {
        #expect(FetchRequest.isTenant("contoso.onmicrosoft.com") && FetchRequest.isTenant("7acc9d3d-d354-4616-8bbd-c4fc9f2b15b3"))
        #expect(!FetchRequest.isTenant("contoso/../x") && !FetchRequest.isTenant(""))
        #expect(FetchRequest.isEnvironment("Production") && FetchRequest.isEnvironment("Sandbox_2-a"))
        #expect(!FetchRequest.isEnvironment("1st") && !FetchRequest.isEnvironment(String(repeating: "a", count: 30)))
        #expect(FetchRequest.isService("IntegrationSynchJobs") && !FetchRequest.isService("Jobs?$top=1"))
        #expect(FetchEndpoints.isSafe(URL(string: "https://login.microsoftonline.us")!))
        #expect(FetchEndpoints.isSafe(URL(string: "http://127.0.0.1:8080")!))
        #expect(!FetchEndpoints.isSafe(URL(string: "http://api.businesscentral.dynamics.com")!))
    }

    @Test func theSecretIsFormEncodedWhole() {
        #expect(FormEncoding.encode([("client_secret", "a+b/c=d&e f~")]) == "client_secret=a%2Bb%2Fc%3Dd%26e%20f~")
    }

    // MARK: Waiting

    @Test func retryAfterIsSecondsOrAnHTTPDate() {
        let now = utc.date(from: "2026-12-03T02:00:00.000Z")!
        #expect(RetryPolicy.seconds("120", now: now) == 120)
        #expect(RetryPolicy.seconds("Thu, 03 Dec 2026 02:00:30 GMT", now: now) == 30)
        #expect(RetryPolicy.seconds("soon", now: now) == nil)
        let policy = RetryPolicy(attempts: 5, longestWait: 60)
        #expect(policy.wait(before: 2, retryAfter: "61", now: now) == nil, "a wait over the longest stops the fetch")
        #expect(policy.wait(before: 2, retryAfter: "0", now: now) == 0)
        for attempt in 2...5 {
            let wait = policy.wait(before: attempt, retryAfter: nil, now: now)!
            let doubled = 2 * pow(2, Double(attempt - 2))
            #expect(wait >= doubled * 0.8 && wait <= min(60, doubled * 1.2))
        }
    }

    // MARK: The window

    @Test func eachWindowStartsJustAfterHowFarThePreviousReportReached() {
        let now = utc.date(from: "2026-12-03T02:00:00.000Z")!
        let dayAgo = now.addingTimeInterval(-86_400)
        var previous = PreviousReport(file: "Output/data.json", night: "2026-12-02", wasCompared: false, comparedWith: nil, history: [], failing: [], fixed: [])
        #expect(FetchWindow.start(given: nil, previous: previous, now: now).jobs == dayAgo, "a report of an older version")
        previous.coverage = Coverage(jobs: utc.date(from: "2026-12-02T01:10:00.000Z"), errors: utc.date(from: "2026-12-02T01:13:05.250Z"))
        let window = FetchWindow.start(given: nil, previous: previous, now: now)
        #expect(CivilTime.formatMilliseconds(window.jobs) == "2026-12-02T01:10:00.001Z")
        #expect(CivilTime.formatMilliseconds(window.errors) == "2026-12-02T01:13:05.251Z")
        #expect(window.reason.contains("Output/data.json"))
        previous.coverage?.errors = nil
        #expect(CivilTime.formatMilliseconds(FetchWindow.start(given: nil, previous: previous, now: now).errors) == "2026-12-02T01:10:00.001Z",
                "a table never seen starts where the other does")
        let given = utc.date(from: "2026-11-30T00:00:00.000Z")!
        #expect(FetchWindow.start(given: given, previous: previous, now: now) == FetchWindow(jobs: given, errors: given, reason: "as --since asks"))
        #expect(FetchWindow.start(given: nil, previous: nil, now: now).errors == dayAgo)
    }

    @Test func coverageStopsBeforeARunningJobAndNeverGoesBack() {
        let at = { (text: String) in self.utc.date(from: text)! }
        let origin = SourceLocation(file: "jobs.json", line: 1, column: 1)
        var jobs = [
            Job(id: nil, start: at("2026-12-02T22:00:00.000Z"), finish: at("2026-12-02T22:05:00.000Z"), origin: origin),
            Job(id: nil, start: at("2026-12-02T23:00:00.000Z"), finish: nil, origin: origin),
            Job(id: nil, start: at("2026-12-03T01:00:00.000Z"), finish: at("2026-12-03T01:01:00.000Z"), origin: origin),
        ]
        let tonight = Coverage(jobs: jobs, logged: at("2026-12-02T22:04:00.000Z"), previous: nil)
        #expect(tonight.jobs.map(CivilTime.formatMilliseconds) == "2026-12-02T22:59:59.999Z")
        #expect(tonight.errors.map(CivilTime.formatMilliseconds) == "2026-12-02T22:04:00.000Z")
        #expect(Coverage(jobs: [], logged: nil, previous: tonight) == tonight, "a night without rows keeps where the last one stopped")
        jobs = jobs.map { Job(id: nil, start: $0.start, finish: nil, origin: origin) }
        #expect(Coverage(jobs: jobs, logged: nil, previous: nil).jobs.map(CivilTime.formatMilliseconds) == "2026-12-03T01:00:00.000Z",
                "an export without finish times holds no running job")
    }

    @Test func theErrorsReachIsPage5339sNotPage5333s() throws {
        let folder = try Fixtures.temporaryFolder()
        let job = "{6F9619FF-8B86-D011-B42D-00C04FC964FF}"
        let inputs = [
            Fixtures.input("jobs.csv", text: """
                ID,Start Date/Time,Finish Date/Time,Integration Table Mapping Name,Type,Synch. Direction,Inserted,Modified,Deleted,Unchanged,Skipped,Failed,Message
                \(job),2026-12-02 22:00:00,2026-12-02 22:05:00,CUSTOMER,Synchronization,ToIntegrationTable,0,1,0,0,0,1,

                """),
            Fixtures.input("errors.csv", text: """
                No.,Integration Synch. Job ID,Source Record ID,Destination Record ID,Date/Time,Message,Error Message
                1,\(job),Customer: C00110,,2026-12-02 22:04:00,The Customer record cannot be found.,The Customer record cannot be found.

                """),
            // Page 5333 lists a failure of the night before, and one merged into the log's entry above.
            Fixtures.input("coupled-errors.csv", text: """
                Table ID,Table Name,Description,Record Exists,Coupled To,Coupled Record Exists,Error Message,Failed On
                18,Customer,C00110,No,Fabrikam Inc.,Yes,The Customer record cannot be found.,2026-12-02 22:04:00
                18,Customer,C00999,No,Contoso Ltd.,Yes,The Customer record cannot be found.,2026-12-03 05:00:00

                """),
        ]
        let report = try Generation.run(GenerateRequest(inputs: [], output: folder.appendingPathComponent("Output")), inputs: inputs)
        #expect(report.analysis.coverage.errors.map(CivilTime.formatMilliseconds) == "2026-12-02T22:04:00.000Z")
        #expect(report.analysis.coverage.jobs.map(CivilTime.formatMilliseconds) == "2026-12-02T22:00:00.000Z")
    }

    @Test func sinceIsAUTCTimeOrADate() {
        #expect(FetchWindow.parse("2026-12-02T22:00:00Z") == utc.date(from: "2026-12-02T22:00:00.000Z"))
        #expect(FetchWindow.parse("2026-12-02T23:00:00+01:00") == utc.date(from: "2026-12-02T22:00:00.000Z"))
        #expect(FetchWindow.parse("2026-12-02T22:00:00.5Z") == utc.date(from: "2026-12-02T22:00:00.500Z"))
        #expect(FetchWindow.parse("2026-12-02") == utc.date(from: "2026-12-02T00:00:00.000Z"))
        #expect(FetchWindow.parse("2026-12-02T22:00:00") == nil, "a time without a zone is refused")
    }

    // MARK: What generate reads of a fetch

    @Test func anEmptyPageMarkedWithItsTableIsThatTableWithoutRows() throws {
        let page = ODataPage.annotated(Array(#"{"@odata.context":"x","value":[]}"#.utf8), table: .errors)
        let table = try JSONImport(options: ImportOptions()).run(InputFile(name: "errors-0001.json", bytes: page))
        #expect(table.summary.table == .errors)
        #expect(table.summary.rowsRead == 0 && table.summary.absentColumns.isEmpty)
        #expect(throws: ImportError.self) {
            try JSONImport(options: ImportOptions()).run(InputFile(name: "p.json", bytes: Array(#"{"value":[]}"#.utf8)))
        }
        do {
            _ = try JSONImport(options: ImportOptions()).run(InputFile(name: "p.json", bytes: Array(#"{"@syncreport.table":"orders","value":[]}"#.utf8)))
            Issue.record("an unknown table must be refused")
        } catch {
            #expect(error.description == "p.json:1:22: error: '@syncreport.table' names no table syncreport reads: 'orders'")
        }
    }

    @Test func aPageIsWholeOnlyAsOneODataObject() throws {
        let page = try ODataPage.read(Array(#"{"value":[{"No":1},{"No":2}],"@odata.nextLink":"https://x/next"}"#.utf8)).get()
        #expect(page.rows == 2 && page.nextLink == "https://x/next")
        for cut in [#"{"value":[{"No":1},{"No"#, #"[{"No":1}]"#, ""] {
            guard case .failure = ODataPage.read(Array(cut.utf8)) else { Issue.record("'\(cut)' is not a whole page"); continue }
        }
    }

    @Test func theCoverageIsReadBackFromDataJSON() throws {
        let text = #"{"schemaVersion":1,"coveredUntil":{"errors":"2026-12-02T01:13:05.250Z","jobs":null}}"#
        let report = try PreviousReportParser(bytes: Array(text.utf8), file: "data.json").parse()
        #expect(report.coverage == Coverage(jobs: nil, errors: utc.date(from: "2026-12-02T01:13:05.250Z")))
        let local = #"{"schemaVersion":1,"coveredUntil":{"errors":"2026-12-02T01:13:05","jobs":null}}"#
        #expect(throws: ImportError.self, "a time without its zone") {
            try PreviousReportParser(bytes: Array(local.utf8), file: "data.json").parse()
        }
    }

    @Test func theTokenIsForTheAPIItIsSentTo() {
        #expect(FetchEndpoints.standard.scope == "https://api.businesscentral.dynamics.com/.default")
        let loopback = FetchEndpoints(login: URL(string: "http://127.0.0.1:8080")!, api: URL(string: "http://127.0.0.1:8080/bc/")!)
        #expect(loopback.scope == "http://127.0.0.1:8080/.default")
        #expect(loopback.isService(URL(string: "http://127.0.0.1:8080/v2.0/t/e/ODataV4/x?$skiptoken=2")!))
        #expect(!loopback.isService(URL(string: "http://localhost:8080/v2.0/t/e/ODataV4/x")!))
        #expect(!loopback.isService(URL(string: "http://127.0.0.1:8081/v2.0/t/e/ODataV4/x")!))
    }
}
