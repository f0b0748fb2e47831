import Foundation

/// What `syncreport fetch` is asked to do, as plain values.
public struct FetchRequest: Sendable {
    /// The Microsoft Entra tenant: its Directory (tenant) ID or one of its domains.
    public var tenant: String
    public var environment: String
    public var company: String
    /// Where the windows of jobs and errors start.
    public var window: FetchWindow
    /// Service names the user gave; a table given here must be published, the others are read where published.
    public var services: [FetchTable: String]
    public var credentials: ClientCredentials
    public var endpoints: FetchEndpoints
    /// Rows Business Central is asked to put on one page (`Prefer: odata.maxpagesize`); it allows 20,000 at most.
    public var pageRows: Int
    /// How long a request may wait for its next bytes, in seconds.
    public var timeout: Int
    public var retry: RetryPolicy

    public init(
        tenant: String, environment: String, company: String, window: FetchWindow,
        services: [FetchTable: String] = [:], credentials: ClientCredentials, endpoints: FetchEndpoints = .standard,
        pageRows: Int = 5_000, timeout: Int = 120, retry: RetryPolicy = .standard
    ) {
        self.tenant = tenant
        self.environment = environment
        self.company = company
        self.window = window
        self.services = services
        self.credentials = credentials
        self.endpoints = endpoints
        self.pageRows = pageRows
        self.timeout = timeout
        self.retry = retry
    }

    /// A tenant is a GUID or a domain name; an environment starts with a letter and has at most 30 letters,
    /// digits, `_` or `-`. Checked before any request, so a typo is a usage error, not a 404 at 2 a.m.
    public static func isTenant(_ text: String) -> Bool {
        !text.isEmpty && text.count <= 253 && text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-") }
    }

    public static func isEnvironment(_ text: String) -> Bool {
        guard let first = text.first, first.isASCII, first.isLetter, text.count < 30 else { return false }
        return text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }
    }

    /// Service names are chosen on the Web Services page; OData allows letters, digits and `_`.
    public static func isService(_ text: String) -> Bool {
        guard let first = text.first, first.isASCII, first.isLetter || first == "_" else { return false }
        return text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
    }

    func service(_ table: FetchTable) -> String { services[table] ?? table.defaultService }

    /// A table the user named must be there; of the others, only jobs and errors.
    func isRequired(_ table: FetchTable) -> Bool { table.isRequired || services[table] != nil }
}

/// Where Microsoft Entra ID and Business Central answer; other clouds, and the tests' loopback server, differ.
public struct FetchEndpoints: Sendable, Equatable {
    public var login: URL
    public var api: URL

    public static let standard = FetchEndpoints(
        login: URL(string: "https://login.microsoftonline.com")!, api: URL(string: "https://api.businesscentral.dynamics.com")!)

    public init(login: URL, api: URL) {
        self.login = login
        self.api = api
    }

    /// Where the token and the pages may go: the API's own scheme, host and port.
    func isService(_ url: URL) -> Bool {
        url.scheme?.lowercased() == api.scheme?.lowercased() && url.host?.lowercased() == api.host?.lowercased()
            && url.port == api.port
    }

    /// The OAuth scope of the API's resource, `https://api.businesscentral.dynamics.com/.default` for the
    /// commercial cloud.
    var scope: String {
        var resource = URLComponents()
        resource.scheme = api.scheme
        resource.host = api.host
        resource.port = api.port
        return (resource.string ?? api.absoluteString) + "/.default"
    }

    /// A token and the night's data may travel in the clear only to this machine.
    public static func isSafe(_ url: URL) -> Bool {
        switch url.scheme?.lowercased() {
        case "https": url.host != nil
        case "http": ["127.0.0.1", "localhost", "::1", "[::1]"].contains(url.host ?? "")
        default: false
        }
    }
}

/// What a fetch read: the files written, and each table's rows or why it was left out.
public struct FetchResult: Sendable, Equatable {
    /// Paths of the pages written, in the folder fetched into, in the order `generate` should read them.
    public var files: [String]
    public var tables: [TableFetch]
}

public struct TableFetch: Sendable, Equatable {
    public var table: FetchTable
    public var service: String
    /// `nil` when the table was not published and is optional.
    public var rows: Int?
    public var pages: Int

    public var summary: String {
        guard let rows else { return "\(table.rawValue): not published as \(service), left out" }
        return "\(table.rawValue): \(rows) \(rows == 1 ? "row" : "rows") in \(pages) \(pages == 1 ? "page" : "pages") from \(service)"
    }
}
