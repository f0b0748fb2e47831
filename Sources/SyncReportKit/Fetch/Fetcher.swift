import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The Fetch stage: reads the night's pages from Business Central's OData web services, signed in as a
/// Microsoft Entra app, into a folder `generate` reads. Pages are written to a staging folder as they arrive
/// and the folder is published only when every table arrived whole, so a failed fetch leaves the previous
/// one untouched.
public struct Fetcher: Sendable {
    public init() {}

    public func run(_ request: FetchRequest, to folder: OutputFolder) throws(FetchError) -> FetchResult {
        let started = Date()
        let publication: Publication
        let staging: StagingFolder
        do {
            publication = try Publisher().begin(folder)
            staging = try publication.stage()
        } catch {
            throw .output(error)
        }
        let client = HTTPClient(timeout: request.timeout)
        defer { client.close() }
        var requester = Requester(client: client, retry: request.retry, log: FetchLog())
        requester.log.add(
            "fetch \(request.company) of tenant \(request.tenant), environment \(request.environment), as \(request.credentials)")
        requester.log.add(
            "jobs from \(CivilTime.formatMilliseconds(request.window.jobs)), errors from \(CivilTime.formatMilliseconds(request.window.errors)): \(request.window.reason)")
        var tokens = TokenSource(tenant: request.tenant, endpoints: request.endpoints, credentials: request.credentials)
        let address = ODataAddress(
            api: request.endpoints.api, tenant: request.tenant, environment: request.environment, company: request.company)
        var written: [WrittenFile] = []
        var tables: [TableFetch] = []
        for table in FetchTable.allCases {
            let fetched = try fetch(
                table, request: request, address: address, into: staging, requester: &requester, tokens: &tokens)
            written += fetched.files
            tables.append(fetched.outcome)
            requester.log.add(fetched.outcome.summary)
        }
        requester.log.add("done in \(FetchLog.seconds(Date().timeIntervalSince(started)))")
        do {
            written.append(try staging.write(requester.log.bytes, to: FetchLog.fileName))
            try publication.publish(written)
        } catch {
            throw .output(error)
        }
        let pages = written.map(\.path).filter { $0 != FetchLog.fileName }
        return FetchResult(files: pages.map { folder.url.appendingPathComponent($0).path }, tables: tables)
    }

    /// Reads every page of one table, following `@odata.nextLink` as given, and writes each as it arrives.
    private func fetch(
        _ table: FetchTable, request: FetchRequest, address: ODataAddress, into staging: StagingFolder,
        requester: inout Requester, tokens: inout TokenSource
    ) throws(FetchError) -> (files: [WrittenFile], outcome: TableFetch) {
        let service = request.service(table)
        var next: String? = address.firstPage(of: service, filteringOn: table.timeField, since: request.window.since(table))
        var followed: Set<String> = []
        var files: [WrittenFile] = []
        var rows = 0
        var signedInAgain = false
        while let url = next {
            // The token goes only where the first request went; a link seen before would page for ever.
            guard let target = URL(string: url), request.endpoints.isService(target), followed.insert(url).inserted else {
                throw .unsafeLink(url: url, api: request.endpoints.api.absoluteString)
            }
            var page = ODataPage(rows: 0, nextLink: nil)
            let pageRequest = try pageRequest(target, rows: request.pageRows, requester: &requester, tokens: &tokens)
            let response = try requester.send(pageRequest, shown: url) { response in
                switch ODataPage.read(response.body) {
                case .success(let read): page = read; return nil
                case .failure(let problem): return problem.reason
                }
            }
            guard (200..<300).contains(response.status) else {
                // A token can be revoked or expire early: one fresh sign-in before the refusal counts.
                if response.status == 401, !signedInAgain {
                    signedInAgain = true
                    tokens.discard()
                    followed.remove(url)
                    continue
                }
                if response.status == 404, !request.isRequired(table), files.isEmpty {
                    return ([], TableFetch(table: table, service: service, rows: nil, pages: 0))
                }
                let error = ServiceError(response)
                throw .refused(table: table, service: service, url: url, status: response.status, code: error.code, message: error.message)
            }
            signedInAgain = false
            rows += page.rows
            next = page.nextLink
            // A link may lead to an empty last page; only a table's first page is written without rows, and
            // marked with its table, so a night without errors reads as an empty errors table.
            guard files.isEmpty || page.rows > 0 else { continue }
            let body = page.rows == 0 ? ODataPage.annotated(response.body, table: table.kind) : response.body
            do {
                files.append(try staging.write(body, to: Self.fileName(table, page: files.count + 1)))
            } catch {
                throw .output(error)
            }
        }
        return (files, TableFetch(table: table, service: service, rows: rows, pages: files.count))
    }

    /// `errors-0001.json`, …: a glob lists a table's pages in order.
    static func fileName(_ table: FetchTable, page: Int) -> String {
        let number = String(page)
        return "\(table.rawValue)-\(String(repeating: "0", count: max(0, 4 - number.count)))\(number).json"
    }

    private func pageRequest(
        _ url: URL, rows: Int, requester: inout Requester, tokens: inout TokenSource
    ) throws(FetchError) -> URLRequest {
        var request = URLRequest(url: url)
        request.setValue("Bearer \(try tokens.bearer(&requester))", forHTTPHeaderField: "Authorization")
        request.setValue("application/json", forHTTPHeaderField: "Accept")
        request.setValue("odata.maxpagesize=\(rows)", forHTTPHeaderField: "Prefer")
        return request
    }
}

/// Business Central's error body, `{"error": {"code": …, "message": …}}`; older gateways answer
/// `{"message": "Unauthorized"}`, and a proxy may answer HTML or nothing.
struct ServiceError {
    var code: String?
    var message: String?

    init(_ response: HTTPResponse) {
        if (300..<400).contains(response.status) {
            message = "it redirects to \(response.header("Location") ?? "an address it does not give")"
            return
        }
        let object = (try? JSONSerialization.jsonObject(with: Data(response.body))) as? [String: Any]
        let error = object?["error"] as? [String: Any]
        code = error?["code"] as? String
        message = (error?["message"] ?? object?["message"]) as? String
    }
}
