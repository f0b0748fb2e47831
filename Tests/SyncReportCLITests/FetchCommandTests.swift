import Foundation
import Testing

/// `fetch` and `generate --fetch` as cron runs them, against the stand-in for Microsoft Entra ID and Business
/// Central in Tests/ODataServer, on loopback: never the internet.
@Suite(.enabled(if: ODataServer.python != nil || ODataServer.isRequired, "needs python3 (scripts/setup --checkers)"))
struct FetchCommandTests {
    private static let clientID = "11111111-2222-3333-4444-555555555555"
    private static let secret = "s3cret+/=&value"
    private static let company = "CRONUS International Ltd."
    private static let services = [
        "IntegrationSynchJobs": "IntegrationSynchJobs.json", "IntegrationSynchErrors": "IntegrationSynchErrors.json",
        "CRMIntegrationRecords": "CRMIntegrationRecords.json", "CoupledDataSynchErrors": "CoupledDataSynchErrors.json",
    ]

    private func arguments(_ server: ODataServer, _ extra: [String]) -> [String] {
        ["--tenant", "contoso.onmicrosoft.com", "--environment", "Production", "--company", Self.company,
         "--login-url", server.url, "--api-url", server.url] + extra
    }

    private var environment: [String: String] {
        ["SYNCREPORT_CLIENT_ID": Self.clientID, "SYNCREPORT_CLIENT_SECRET": Self.secret, "PATH": "/usr/bin:/bin"]
    }

    private func fetch(_ server: ODataServer, _ extra: [String], in folder: URL, environment: [String: String]? = nil) throws -> Outcome {
        try run(["fetch"] + arguments(server, extra), in: folder, environment: environment ?? self.environment)
    }

    private func text(_ url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }

    private func rows(_ file: String, from since: String?, field: String) throws -> Int {
        let page = try JSONSerialization.jsonObject(with: Data(contentsOf: ODataServer.recorded.appendingPathComponent(file))) as! [String: Any]
        let rows = page["value"] as! [[String: Any]]
        guard let since else { return rows.count }
        return rows.count { ($0[field] as! String) >= since }
    }

    // MARK: A night fetched whole

    @Test func everyPublishedTableIsReadPageByPageFromTheWindowOn() throws {
        let server = try ODataServer(services: Self.services)
        let folder = try temporaryFolder()
        let outcome = try fetch(server, ["--out", "night", "--since", "2026-11-24T21:00:00Z", "--odata-page-rows", "20"], in: folder)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let night = folder.appendingPathComponent("night")
        let jobs = try rows("IntegrationSynchJobs.json", from: "2026-11-24T21:00:00Z", field: "Start_Date_Time")
        let errors = try rows("IntegrationSynchErrors.json", from: "2026-11-24T21:00:00Z", field: "Date_Time")
        let couplings = try rows("CRMIntegrationRecords.json", from: nil, field: "")
        #expect(jobs > 0 && jobs < 54 && errors > 20, "the window must cut the recorded night, and errors fill two pages")
        func pages(_ rows: Int) -> Int { max(1, (rows + 19) / 20) }
        #expect(outcome.stderr.contains("jobs: \(jobs) rows in \(pages(jobs)) pages from IntegrationSynchJobs"))
        #expect(outcome.stderr.contains("errors: \(errors) rows in \(pages(errors)) pages from IntegrationSynchErrors"))
        #expect(outcome.stderr.contains("couplings: \(couplings) rows in \(pages(couplings)) pages from CRMIntegrationRecords"))
        #expect(outcome.stderr.contains("coupled-errors: 2 rows in 1 page from CoupledDataSynchErrors"))
        let files = try FileManager.default.contentsOfDirectory(atPath: night.path).sorted()
        #expect(files.contains("errors-0002.json") && files.contains("fetch.log") && files.contains("manifest-sha256.txt"))

        let requests = try server.requests()
        #expect(requests.count { $0.method == "POST" } == 1, "one token serves the whole fetch")
        let gets = requests.filter { $0.method == "GET" }
        #expect(gets.allSatisfy { $0.token == "token-1" && $0.prefer == "odata.maxpagesize=20" })
        #expect(gets.first { $0.path.hasSuffix("/IntegrationSynchJobs") }?.query == "$filter=Start_Date_Time ge 2026-11-24T21:00:00.000Z")
        #expect(gets.first { $0.path.hasSuffix("/IntegrationSynchErrors") }?.query == "$filter=Date_Time ge 2026-11-24T21:00:00.000Z")
        #expect(gets.first { $0.path.hasSuffix("/CRMIntegrationRecords") }?.query == "", "couplings are state: read whole")
        #expect(gets.allSatisfy { $0.path.contains("/Company('CRONUS International Ltd.')/") })

        let log = try text(night.appendingPathComponent("fetch.log"))
        #expect(!log.contains(Self.secret) && !log.contains("token-1"), "the log holds no secret and no token")
        #expect(log.contains("IntegrationSynchErrors?$filter=Date_Time%20ge%202026-11-24T21%3A00%3A00.000Z -> 200"))

        let report = try run(["generate", "--out", "Output"] + files.filter { $0.hasSuffix(".json") }.map { "night/" + $0 }, in: folder)
        #expect(report.status == 0, "\(report.stderr)")
        // Page 5333's rows are errors too.
        #expect(report.stderr.contains("Output/index.html: \(errors + 2) errors"))
    }

    @Test func aTableWithoutRowsIsAnEmptyTableNotAMissingExport() throws {
        let server = try ODataServer(services: Self.services)
        let folder = try temporaryFolder()
        let outcome = try fetch(server, ["--out", "night", "--since", "2027-01-01"], in: folder)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stderr.contains("errors: 0 rows in 1 page"))
        let page = try text(folder.appendingPathComponent("night/errors-0001.json"))
        #expect(page.hasPrefix("{\"@syncreport.table\":\"errors\","))
        let report = try run(["generate", "--out", "Output", "night/jobs-0001.json", "night/errors-0001.json", "night/couplings-0001.json"], in: folder)
        #expect(report.stderr.contains("Output/index.html: 0 errors"), "\(report.stderr)")
        #expect(!report.stderr.contains("No errors export was read"))
    }

    // MARK: Faults that retrying mends

    @Test func throttlingBusyServiceAndCutPagesAreTriedAgain() throws {
        let server = try ODataServer(services: Self.services, faults: [
            ["target": "IntegrationSynchErrors", "kind": "429", "retryAfter": 1],
            ["target": "IntegrationSynchJobs", "kind": "503", "retryAfter": 1],
            ["target": "CRMIntegrationRecords", "kind": "truncate"],
            ["target": "CoupledDataSynchErrors", "kind": "cutjson"],
            ["target": "token", "kind": "503", "retryAfter": 0],
        ])
        let folder = try temporaryFolder()
        let started = Date()
        let outcome = try fetch(server, ["--out", "night", "--since", "2026-11-24"], in: folder)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(Date().timeIntervalSince(started) >= 2, "each Retry-After: 1 is waited out")
        let log = try text(folder.appendingPathComponent("night/fetch.log"))
        #expect(log.contains("-> HTTP 429 with Retry-After: 1; try 2 of 5 in 1.00 s"))
        #expect(log.contains("-> HTTP 503 with Retry-After: 1; try 2 of 5 in 1.00 s"))
        #expect(log.contains("CRMIntegrationRecords -> transfer closed") || log.contains("CRMIntegrationRecords -> the connection was cut"), "\(log)")
        #expect(log.contains("CoupledDataSynchErrors -> the page of 33 bytes is not whole JSON"), "\(log)")
        let couplings = try rows("CRMIntegrationRecords.json", from: nil, field: "")
        #expect(outcome.stderr.contains("couplings: \(couplings) rows in 1 page"))
        #expect(outcome.stderr.contains("coupled-errors: 2 rows in 1 page"))
    }

    @Test func aSlowAnswerIsTriedAgainThenGivenUpWithoutTouchingTheLastFetch() throws {
        let folder = try temporaryFolder()
        let good = try ODataServer(services: Self.services)
        #expect(try fetch(good, ["--out", "night", "--since", "2026-11-24"], in: folder).status == 0)
        let manifest = try text(folder.appendingPathComponent("night/manifest-sha256.txt"))

        // Two seconds for every request: a loaded machine still answers a loopback request in that.
        let once = try ODataServer(services: Self.services, faults: [["target": "IntegrationSynchErrors", "kind": "slow", "seconds": 5]])
        let recovered = try fetch(once, ["--out", "other", "--since", "2026-11-24", "--request-timeout", "2", "--attempts", "2"], in: folder)
        #expect(recovered.status == 0, "\(recovered.stderr)")
        #expect(try text(folder.appendingPathComponent("other/fetch.log")).contains("-> the request timed out; try 2 of 2"))

        let slow = try ODataServer(services: Self.services, faults: [["target": "IntegrationSynchErrors", "kind": "slow", "seconds": 5, "times": 2]])
        let outcome = try fetch(slow, ["--out", "night", "--since", "2026-11-25", "--request-timeout", "2", "--attempts", "2"], in: folder)
        #expect(outcome.status == 3)
        #expect(outcome.stderr.contains("IntegrationSynchErrors?$filter="))
        #expect(outcome.stderr.contains("gave up after 2 attempts: the request timed out"))
        #expect(try text(folder.appendingPathComponent("night/manifest-sha256.txt")) == manifest, "the last fetch is untouched")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains("staging") }
        #expect(leftovers.isEmpty)
    }

    @Test func aRetryAfterLongerThanTheLongestWaitStopsTheFetch() throws {
        let server = try ODataServer(services: Self.services, faults: [["target": "IntegrationSynchJobs", "kind": "429", "retryAfter": 900]])
        let folder = try temporaryFolder()
        let outcome = try fetch(server, ["--out", "night", "--longest-wait", "60"], in: folder)
        #expect(outcome.status == 3)
        #expect(outcome.stderr.contains("gave up after 1 attempt: HTTP 429 with Retry-After: 900: the service asked to wait longer than --longest-wait (60 s)"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("night").path))
    }

    // MARK: Refusals that say what to set up

    @Test func aRefusedAppIsSignedInOnceMoreThenNamesTheApplicationsPage() throws {
        let server = try ODataServer(services: Self.services, faults: [["target": "IntegrationSynchJobs", "kind": "401", "times": 2]])
        let folder = try temporaryFolder()
        let outcome = try fetch(server, ["--out", "night"], in: folder)
        #expect(outcome.status == 3)
        #expect(outcome.stderr.contains("HTTP 401 Authentication_InvalidCredentials: Business Central refused the app. Add its client id on the Microsoft Entra Applications page"))
        #expect(try server.requests().count { $0.method == "POST" } == 2, "a refused token is replaced once")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("night").path))
    }

    @Test func aMissingPermissionNamesThePermissionSet() throws {
        for kind in ["403", "permission"] {
            let server = try ODataServer(services: Self.services, faults: [["target": "IntegrationSynchErrors", "kind": kind]])
            let outcome = try fetch(server, ["--out", "night"], in: try temporaryFolder())
            #expect(outcome.status == 3)
            #expect(outcome.stderr.contains("the app may not read page 5339 Integration Synchronization Errors"), "\(kind): \(outcome.stderr)")
            #expect(outcome.stderr.contains("assign the permission set D365 READ"))
        }
    }

    @Test func aRedirectIsNotFollowedWithTheToken() throws {
        let server = try ODataServer(services: Self.services, faults: [["target": "IntegrationSynchJobs", "kind": "redirect"]])
        let outcome = try fetch(server, ["--out", "night"], in: try temporaryFolder())
        #expect(outcome.status == 3)
        #expect(outcome.stderr.contains("HTTP 302: syncreport does not follow redirects"), "\(outcome.stderr)")
        #expect(outcome.stderr.contains("it redirects to \(server.url)/elsewhere"))
        #expect(try !server.requests().contains { $0.path == "/elsewhere" })
    }

    @Test func aNextLinkToAnotherHostIsNotFollowed() throws {
        let server = try ODataServer(services: Self.services, faults: [["target": "IntegrationSynchErrors", "kind": "foreignNext"]])
        let outcome = try fetch(server, ["--out", "night"], in: try temporaryFolder())
        #expect(outcome.status == 3)
        #expect(outcome.stderr.contains("/collect?$skiptoken=1: the next page's link leaves \(server.url) or repeats an earlier one"), "\(outcome.stderr)")
        #expect(try !server.requests().contains { $0.path == "/collect" })
    }

    @Test func anEmptyPageAtTheEndOfALinkIsNotWritten() throws {
        let server = try ODataServer(services: Self.services, emptyLastPage: true)
        let folder = try temporaryFolder()
        let outcome = try fetch(server, ["--out", "night", "--since", "2026-11-24", "--odata-page-rows", "20"], in: folder)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stderr.contains("errors: 40 rows in 2 pages"), "\(outcome.stderr)")
        #expect(try server.requests().count { $0.path.hasSuffix("/IntegrationSynchErrors") } == 3, "the empty third page was asked for")
        let pages = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("night").path).filter { $0.hasSuffix(".json") }
        let report = try run(["generate", "--out", "Output"] + pages.map { "night/" + $0 }, in: folder)
        #expect(report.status == 0, "\(report.stderr)")
    }

    @Test func anUnpublishedPageIsLeftOutOnlyWhenOptional() throws {
        var services = Self.services
        services["CoupledDataSynchErrors"] = nil
        let optional = try fetch(try ODataServer(services: services), ["--out", "night"], in: try temporaryFolder())
        #expect(optional.status == 0, "\(optional.stderr)")
        #expect(optional.stderr.contains("warning: coupled-errors: not published as CoupledDataSynchErrors, left out"))

        let named = try fetch(try ODataServer(services: services), ["--out", "night", "--coupled-errors-service", "CoupledDataSynchErrors"], in: try temporaryFolder())
        #expect(named.status == 3)
        services["IntegrationSynchErrors"] = nil
        let required = try fetch(try ODataServer(services: services), ["--out", "night"], in: try temporaryFolder())
        #expect(required.status == 3)
        #expect(required.stderr.contains("no web service named IntegrationSynchErrors is published. On the Web Services page, publish page 5339 Integration Synchronization Errors with Service Name IntegrationSynchErrors, or give its name with --errors-service."))
    }

    @Test func aWrongSecretOrTenantIsNamedBySignIn() throws {
        let server = try ODataServer(services: Self.services)
        var environment = environment
        environment["SYNCREPORT_CLIENT_SECRET"] = "the-secret-id-not-its-value"
        let secret = try fetch(server, ["--out", "night"], in: try temporaryFolder(), environment: environment)
        #expect(secret.status == 3)
        #expect(secret.stderr.contains("Microsoft Entra ID refused to sign in to tenant contoso.onmicrosoft.com (HTTP 401, invalid_client): the client secret is wrong."))
        #expect(!secret.stderr.contains("the-secret-id-not-its-value"))
        let tenant = try run(["fetch", "--out", "night", "--tenant", "fabrikam.onmicrosoft.com", "--environment", "Production",
                              "--company", Self.company, "--login-url", server.url, "--api-url", server.url],
                             in: try temporaryFolder(), environment: self.environment)
        #expect(tenant.stderr.contains("the tenant does not exist"))
    }

    @Test func aCompanyNameWithQuotesAndCommasStaysOneSegment() throws {
        let company = "O'Neil & Sons, Inc."
        let server = try ODataServer(services: Self.services, company: company)
        var arguments = arguments(server, ["--out", "night"])
        arguments[arguments.firstIndex(of: Self.company)!] = company
        let outcome = try run(["fetch"] + arguments, in: try temporaryFolder(), environment: environment)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(try server.requests().contains { $0.path.contains("/Company('O''Neil & Sons, Inc.')/IntegrationSynchJobs") })
    }

    // MARK: The secret

    @Test func theSecretComesFromAnOwnersFileOrTheEnvironmentOnly() throws {
        let server = try ODataServer(services: Self.services)
        let folder = try temporaryFolder()
        let file = folder.appendingPathComponent("secret")
        try Data((Self.secret + "\n").utf8).write(to: file)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file.path)
        let withoutSecret = ["SYNCREPORT_CLIENT_ID": Self.clientID, "PATH": "/usr/bin:/bin"]
        let open = try fetch(server, ["--out", "night", "--client-secret-file", file.path], in: folder, environment: withoutSecret)
        #expect(open.status == 2)
        #expect(open.stderr.contains("its group or others may read it (mode 644); chmod 600"))
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file.path)
        let owned = try fetch(server, ["--out", "night", "--client-secret-file", file.path], in: folder, environment: withoutSecret)
        #expect(owned.status == 0, "\(owned.stderr)")
        // A mounted secret is often a link to the file.
        let link = folder.appendingPathComponent("mounted")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: file)
        let linked = try fetch(server, ["--out", "night", "--client-secret-file", link.path], in: folder, environment: withoutSecret)
        #expect(linked.status == 0, "\(linked.stderr)")
        let none = try fetch(server, ["--out", "night"], in: folder, environment: withoutSecret)
        #expect(none.status == 2)
        #expect(none.stderr.contains("no client secret: set SYNCREPORT_CLIENT_SECRET"))
        let argv = try fetch(server, ["--out", "night", "--client-secret", Self.secret], in: folder, environment: withoutSecret)
        #expect(argv.status == 2, "there is no option for the secret itself")
    }

    @Test func anExpiredTokenIsReplacedAndAFreshOneReused() throws {
        // 100 s is within the renewal margin: every request signs in afresh.
        let server = try ODataServer(services: Self.services, tokenLifetime: 100)
        let outcome = try fetch(server, ["--out", "night", "--since", "2026-11-24"], in: try temporaryFolder())
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let requests = try server.requests()
        #expect(requests.count { $0.method == "POST" } == requests.count { $0.method == "GET" })
    }

    // MARK: One cron line

    @Test func generateFetchPublishesAndArchivesTheFetchedPagesThenGoesOnWhereItStopped() throws {
        let server = try ODataServer(services: Self.services)
        let folder = try temporaryFolder()
        // A temporary folder of this test's own, to see that the fetched pages are removed.
        let temporary = folder.appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        var environment = environment
        environment["TMPDIR"] = temporary.path
        let first = try run(["generate", "--fetch", "--out", "Output", "--archive", "bags", "--since", "2026-11-24"] + arguments(server, []),
                            in: folder, environment: environment)
        #expect(first.status == 0, "\(first.stderr)")
        let data = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("Output/data.json"))) as! [String: Any]
        let inputs = (data["inputs"] as! [[String: Any]]).map { $0["file"] as! String }
        #expect(inputs == ["fetched/jobs-0001.json", "fetched/errors-0001.json", "fetched/couplings-0001.json", "fetched/coupled-errors-0001.json"])
        // The recorded night's job of 06:00:56 is still running: the next night reads it again, finished. Its
        // last error of page 5339 was logged at 06:01:11; page 5333's rows do not count, as that page lists old
        // failures every night.
        #expect(data["coveredUntil"] as? [String: String] == ["jobs": "2026-11-25T06:00:55.999Z", "errors": "2026-11-25T06:01:11.000Z"])
        let bags = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("bags").path)
        let bagInputs = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("bags/\(bags[0])/data/inputs").path)
        #expect(bagInputs.sorted() == ["coupled-errors-0001.json", "couplings-0001.json", "errors-0001.json", "jobs-0001.json"])
        // Neither the console, the report nor the bag holds the secret.
        #expect(!first.stdout.contains(Self.secret) && !first.stderr.contains(Self.secret))
        for root in ["Output", "bags"] {
            let files = FileManager.default.enumerator(at: folder.appendingPathComponent(root), includingPropertiesForKeys: nil)
            for case let file as URL in files?.allObjects ?? [] where (try? Data(contentsOf: file))?.range(of: Data(Self.secret.utf8)) != nil {
                Issue.record("\(file.path) holds the client secret")
            }
        }

        // Two more nights without new rows: each goes on from where the first stopped, not from page 5333's
        // times, and reads the running job again with the two that started after it.
        for night in 2...3 {
            let next = try run(["generate", "--fetch", "--out", "Output"] + arguments(server, []), in: folder, environment: environment)
            #expect(next.status == 0, "night \(night): \(next.stderr)")
            #expect(next.stderr.contains("errors: 0 rows in 1 page") && next.stderr.contains("jobs: 3 rows in 1 page"), "night \(night): \(next.stderr)")
        }
        let windows = try server.requests().filter { $0.path.hasSuffix("/IntegrationSynchErrors") || $0.path.hasSuffix("/IntegrationSynchJobs") }.map(\.query)
        #expect(windows.suffix(4) == [
            "$filter=Start_Date_Time ge 2026-11-25T06:00:56.000Z", "$filter=Date_Time ge 2026-11-25T06:01:11.001Z",
            "$filter=Start_Date_Time ge 2026-11-25T06:00:56.000Z", "$filter=Date_Time ge 2026-11-25T06:01:11.001Z",
        ])
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.path).isEmpty, "the fetched pages are removed once read")
    }

    @Test func errorsFromTheStandardPageAreReportedWithoutRecordsAndSaySo() throws {
        var services = Self.services
        services["IntegrationSynchErrorsStandard"] = "IntegrationSynchErrorsStandard.json"
        let server = try ODataServer(services: services)
        let folder = try temporaryFolder()
        let outcome = try run(
            ["generate", "--fetch", "--out", "Output", "--since", "2026-11-24", "--errors-service", "IntegrationSynchErrorsStandard"]
                + arguments(server, []), in: folder, environment: environment)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stderr.contains("Output/index.html: 42 errors"))
        let index = try text(folder.appendingPathComponent("Output/index.html"))
        #expect(index.contains("fetched/errors-0001.json has no Source Record ID or Destination Record ID column, so its errors belong to no record and have no timeline (Open in Excel and page 5339 published as a web service leave them out"))
    }

    @Test func fetchOptionsNeedFetchAndFetchNeedsNoFiles() throws {
        let folder = try temporaryFolder()
        #expect(try run(["generate", "--tenant", "contoso.onmicrosoft.com", "x.csv"], in: folder).status == 2)
        #expect(try run(["generate", "--fetch", "x.csv"], in: folder).status == 2)
        let badEnvironment = try run(["fetch", "--out", "n", "--tenant", "t", "--environment", "1st", "--company", "C"], in: folder)
        #expect(badEnvironment.status == 2)
        #expect(badEnvironment.stderr.contains("--environment needs"))
        let clear = try run(["fetch", "--out", "n", "--tenant", "t", "--environment", "Production", "--company", "C", "--api-url", "http://bc.example"], in: folder)
        #expect(clear.status == 2)
        #expect(clear.stderr.contains("--api-url must be an https address"))
    }
}

/// The stand-in server (Tests/ODataServer/odata_server.py), started for one test with its own scenario and
/// stopped when the test lets go of it: it runs until its standard input closes.
final class ODataServer {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let recorded = root.appendingPathComponent("ODataServer/recorded")
    static let isRequired = ProcessInfo.processInfo.environment["CI"] == "true"
    static let python: URL? = {
        let checkers = root.deletingLastPathComponent().appendingPathComponent(".build/checkers/bin/python")
        return [checkers.path, "/usr/bin/python3"].first { FileManager.default.isExecutableFile(atPath: $0) }.map(URL.init(fileURLWithPath:))
    }()

    struct Request: Decodable {
        let method: String
        let path: String
        let query: String
        let token: String?
        let status: Int
        let prefer: String?
    }

    let url: String
    private let log: URL
    private let stop = Pipe()
    private let process = Process()

    init(
        services: [String: String], faults: [[String: Any]] = [], company: String = "CRONUS International Ltd.",
        tokenLifetime: Int = 3599, emptyLastPage: Bool = false
    ) throws {
        let folder = try temporaryFolder()
        let scenario = folder.appendingPathComponent("scenario.json")
        log = folder.appendingPathComponent("requests.log")
        try JSONSerialization.data(withJSONObject: [
            "services": services, "faults": faults, "company": company, "tokenLifetime": tokenLifetime,
            "emptyLastPage": emptyLastPage,
        ] as [String: Any]).write(to: scenario)
        process.executableURL = try #require(Self.python, "python3 is missing: run scripts/setup --checkers")
        process.arguments = [Self.root.appendingPathComponent("ODataServer/odata_server.py").path, scenario.path, log.path]
        let said = Pipe()
        process.standardOutput = said
        process.standardError = FileHandle.nullDevice
        process.standardInput = stop
        try process.run()
        let line = String(decoding: said.fileHandleForReading.availableData, as: UTF8.self)
        let port = try #require(Int(line.trimmingCharacters(in: .whitespacesAndNewlines)), "the server said \(line)")
        url = "http://127.0.0.1:\(port)"
    }

    deinit {
        try? stop.fileHandleForWriting.close()
        process.waitUntilExit()
    }

    func requests() throws -> [Request] {
        guard let text = try? String(contentsOf: log, encoding: .utf8) else { return [] }
        return try text.split(separator: "\n").map { try JSONDecoder().decode(Request.self, from: Data($0.utf8)) }
    }
}
