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
        var requester = Requester(client: HTTPClient(timeout: request.timeout), retry: request.retry, log: FetchLog())
        requester.log.add(
            "fetch \(request.company) of tenant \(request.tenant), environment \(request.environment), as \(request.credentials)")
        requester.log.add("jobs and errors since \(CivilTime.formatMilliseconds(request.since)): \(request.sinceReason)")
        var tokens = TokenSource(tenant: request.tenant, login: request.endpoints.login, credentials: request.credentials)
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
        var next: String? = address.firstPage(of: service, filteringOn: table.timeField, since: request.since)
        var files: [WrittenFile] = []
        var rows = 0
        var refusedOnce = false
        while let url = next {
            guard let target = URL(string: url), FetchEndpoints.isSafe(target) else {
                throw .gaveUp(url: url, attempts: 1, reason: "the next page's address is not an https address of the service")
            }
            var page = ODataPage(rows: 0, nextLink: nil)
            let response = try requester.send(try pageRequest(target, rows: request.pageRows, requester: &requester, tokens: &tokens), shown: url) { response in
                switch ODataPage.read(response.body) {
                case .success(let read): page = read; return nil
                case .failure(let problem): return problem.reason
                }
            }
            guard (200..<300).contains(response.status) else {
                // A token can be revoked or expire early: one fresh sign-in before the refusal counts.
                if response.status == 401, !refusedOnce {
                    refusedOnce = true
                    tokens.discard()
                    continue
                }
                if response.status == 404, !request.isRequired(table), files.isEmpty {
                    return ([], TableFetch(table: table, service: service, rows: nil, pages: 0))
                }
                let error = ServiceError(response)
                throw .refused(table: table, service: service, url: url, status: response.status, code: error.code, message: error.message)
            }
            rows += page.rows
            let isLast = page.nextLink == nil
            // The first page alone may say which table it is; an empty table must still be read as one.
            let body = files.isEmpty && isLast && page.rows == 0 ? ODataPage.annotated(response.body, table: table.kind) : response.body
            do {
                files.append(try staging.write(body, to: Self.fileName(table, page: files.count + 1)))
            } catch {
                throw .output(error)
            }
            next = page.nextLink
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
