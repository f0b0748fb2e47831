import ArgumentParser
import Foundation
import SyncReportKit

extension FetchTable: ExpressibleByArgument {}

/// How to reach Business Central online: shared by `fetch` and `generate --fetch`. The company is the
/// command's own option, since `generate` already names it for the email and the links.
struct ConnectionOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The Microsoft Entra tenant: its Directory (tenant) ID or a domain of it.", valueName: "id"))
    var tenant: String?

    @Option(help: ArgumentHelp("The Business Central environment, e.g. Production.", valueName: "name"))
    var environment: String?

    @Option(help: ArgumentHelp(
        "Fetch jobs and errors from this UTC time on (2026-12-02T22:00:00Z or 2026-12-02); by default just after the latest time the previous report covered, or the last 24 hours.",
        valueName: "time"))
    var since: String?

    @Option(help: ArgumentHelp(
        "The Microsoft Entra app's Application (client) ID; by default \(ClientCredentials.clientIDVariable).", valueName: "id"))
    var clientID: String?

    @Option(help: ArgumentHelp(
        "A file holding the app's client secret, readable by its owner alone; by default the secret is read from \(ClientCredentials.secretVariable), never from the command line.",
        valueName: "file"))
    var clientSecretFile: String?

    @Option(help: ArgumentHelp("The service name page 5338 (jobs) is published under (default: \(FetchTable.jobs.defaultService)).", valueName: "name"))
    var jobsService: String?

    @Option(help: ArgumentHelp("The service name page 5339 (errors) is published under (default: \(FetchTable.errors.defaultService)).", valueName: "name"))
    var errorsService: String?

    @Option(help: ArgumentHelp(
        "The service name of a page over table 5331 (couplings); when given, it must be published (by default \(FetchTable.couplings.defaultService), read where published).",
        valueName: "name"))
    var couplingsService: String?

    @Option(help: ArgumentHelp(
        "The service name page 5333 (Coupled Data Synchronization Errors) is published under; when given, it must be published (by default \(FetchTable.coupledErrors.defaultService), read where published).",
        valueName: "name"))
    var coupledErrorsService: String?

    // Options with a default are optional here, so that `generate` without --fetch can refuse every one given.

    @Option(help: ArgumentHelp("Rows Business Central is asked to put on one page, at most 20000 (default: 5000).", valueName: "rows"))
    var odataPageRows: Int?

    @Option(help: ArgumentHelp(
        "Whole seconds a request may wait for Business Central's next bytes before it is tried again (default: 120).",
        valueName: "seconds"))
    var requestTimeout: Int?

    @Option(help: ArgumentHelp(
        "Tries of one request, the first included, before the fetch gives up with exit 3 (default: \(RetryPolicy.standard.attempts)).",
        valueName: "count"))
    var attempts: Int?

    @Option(help: ArgumentHelp(
        "The longest wait between tries, in seconds; a Retry-After asking for more stops the fetch (default: \(Int(RetryPolicy.standard.longestWait))).",
        valueName: "seconds"))
    var longestWait: Double?

    @Option(help: ArgumentHelp(
        "Microsoft Entra ID's sign-in address, for another cloud (default: \(FetchEndpoints.standard.login.absoluteString)).",
        valueName: "url"))
    var loginURL: String?

    @Option(help: ArgumentHelp(
        "Business Central's API address; the token's scope is its resource (default: \(FetchEndpoints.standard.api.absoluteString)).",
        valueName: "url"))
    var apiURL: String?

    /// Options given that only a fetch reads, for `generate` to refuse them without `--fetch`.
    var given: [String] {
        let values: [(String, Any?)] = [
            ("--tenant", tenant), ("--environment", environment), ("--since", since), ("--client-id", clientID),
            ("--client-secret-file", clientSecretFile), ("--jobs-service", jobsService), ("--errors-service", errorsService),
            ("--couplings-service", couplingsService), ("--coupled-errors-service", coupledErrorsService),
            ("--odata-page-rows", odataPageRows), ("--request-timeout", requestTimeout), ("--attempts", attempts),
            ("--longest-wait", longestWait), ("--login-url", loginURL), ("--api-url", apiURL),
        ]
        return values.compactMap { $0.1 == nil ? nil : $0.0 }
    }

    var services: [FetchTable: String] {
        var services: [FetchTable: String] = [:]
        for (table, name) in [(FetchTable.jobs, jobsService), (.errors, errorsService), (.couplings, couplingsService),
                              (.coupledErrors, coupledErrorsService)] {
            services[table] = name
        }
        return services
    }

    /// Checks what can be checked before any request; `company` is the command's --company.
    func check(company: String?) throws {
        guard let tenant, FetchRequest.isTenant(tenant) else {
            throw ValidationError("--tenant needs the Directory (tenant) ID or a domain of the tenant, e.g. contoso.onmicrosoft.com.")
        }
        guard let environment, FetchRequest.isEnvironment(environment) else {
            throw ValidationError("--environment needs the environment's name as Business Central shows it, e.g. Production: under 30 letters, digits, _ or -, starting with a letter.")
        }
        guard let company, !company.isEmpty else {
            throw ValidationError("--company needs the company's name exactly as Business Central spells it.")
        }
        for (table, name) in services where !FetchRequest.isService(name) {
            throw ValidationError("--\(table.rawValue)-service needs a service name as the Web Services page shows it (letters, digits and _), not '\(name)'.")
        }
        if let since, FetchWindow.parse(since) == nil {
            throw ValidationError("--since needs a UTC time such as 2026-12-02T22:00:00Z (or with an offset, +01:00), or a date such as 2026-12-02, not '\(since)'.")
        }
        guard (1...20_000).contains(odataPageRows ?? 1) else {
            throw ValidationError("--odata-page-rows must be between 1 and 20000, Business Central's largest page.")
        }
        guard (1...3_600).contains(requestTimeout ?? 1) else {
            throw ValidationError("--request-timeout must be whole seconds between 1 and 3600.")
        }
        guard (0...3_600).contains(longestWait ?? 0) else {
            throw ValidationError("--longest-wait must be seconds between 0 and 3600.")
        }
        guard (1...20).contains(attempts ?? 1) else { throw ValidationError("--attempts must be between 1 and 20.") }
        for (flag, text) in [("--login-url", loginURL), ("--api-url", apiURL)] {
            guard let text else { continue }
            guard let url = URL(string: text), FetchEndpoints.isSafe(url) else {
                throw ValidationError("\(flag) must be an https address (http only to this machine), not '\(text)'.")
            }
        }
    }

    private func credentials() throws(PipelineError) -> ClientCredentials {
        do throws(FetchError) {
            return try ClientCredentials.load(clientID: clientID, secretFile: clientSecretFile)
        } catch {
            throw .fetch(error)
        }
    }

    func request(company: String, previous: PreviousReport?) throws -> FetchRequest {
        let standard = FetchEndpoints.standard
        return FetchRequest(
            tenant: tenant ?? "", environment: environment ?? "", company: company,
            window: FetchWindow.start(given: since.flatMap(FetchWindow.parse), previous: previous), services: services,
            credentials: try credentials(),
            endpoints: FetchEndpoints(
                login: loginURL.flatMap { URL(string: $0) } ?? standard.login, api: apiURL.flatMap { URL(string: $0) } ?? standard.api),
            pageRows: odataPageRows ?? 5_000, timeout: requestTimeout ?? 120,
            retry: RetryPolicy(attempts: attempts ?? RetryPolicy.standard.attempts, longestWait: longestWait ?? RetryPolicy.standard.longestWait))
    }
}
