/// Why a fetch stopped. Each says what to do in Business Central or Microsoft Entra, since at 2 a.m. the
/// administrator has only this line to go on. Nothing is written to the output folder when one is thrown.
public enum FetchError: Error, Sendable, Equatable, CustomStringConvertible {
    case missingClientID(variable: String)
    case missingSecret(variable: String)
    case unsafeSecretFile(path: String, reason: String)
    /// Microsoft Entra ID refused the client credentials.
    case signInRefused(tenant: String, status: Int, error: String?, codes: [Int], detail: String?)
    /// Business Central answered a table's request with an error that retrying cannot mend.
    case refused(table: FetchTable, service: String, url: String, status: Int, code: String?, message: String?)
    /// A request kept failing in a way that retrying could have mended (throttling, a timeout, a cut page).
    case gaveUp(url: String, attempts: Int, reason: String)
    /// A next link that leaves the API's host, or leads back to a page already read.
    case unsafeLink(url: String, api: String)
    case output(PublishError)

    public var description: String {
        switch self {
        case .missingClientID(let variable):
            "error: no client id: give the Microsoft Entra app's Application (client) ID with --client-id or \(variable)"
        case .missingSecret(let variable):
            "error: no client secret: set \(variable), or give --client-secret-file with a file only its owner can read (the secret is never read from the command line)"
        case .unsafeSecretFile(let path, let reason):
            "\(path): error: the client secret file cannot be used: \(reason)"
        case .signInRefused(let tenant, let status, let error, let codes, let detail):
            "error: Microsoft Entra ID refused to sign in to tenant \(tenant) (HTTP \(status)\(error.map { ", \($0)" } ?? "")): "
                + Self.signInRemedy(codes: codes, error: error) + (detail.map { " It said: \(Self.firstLine($0))" } ?? "")
        case .refused(let table, let service, let url, let status, let code, let message):
            "error: \(url): HTTP \(status)\(code.map { " \($0)" } ?? ""): "
                + Self.remedy(table: table, service: service, status: status, code: code, message: message)
                + (message.map { " Business Central said: \(Self.firstLine($0))" } ?? "")
        case .gaveUp(let url, let attempts, let reason):
            "error: \(url): gave up after \(attempts) \(attempts == 1 ? "attempt" : "attempts"): \(reason)"
        case .unsafeLink(let url, let api):
            "error: \(url): the next page's link leaves \(api) or repeats an earlier one; the fetch stops rather than send the token elsewhere or read pages for ever"
        case .output(let error):
            error.description
        }
    }

    /// 2 when the command line or its files are wrong; 3 when Business Central or Entra ID did not give the
    /// night (as for an export that cannot be read).
    public var exitStatus: Int32 {
        switch self {
        case .missingClientID, .missingSecret, .unsafeSecretFile: 2
        case .signInRefused, .refused, .gaveUp, .unsafeLink: 3
        case .output(let error): error.isUsageError ? 2 : 5
        }
    }

    private static func firstLine(_ text: String) -> String {
        String(text.split(whereSeparator: \.isNewline).first ?? "")
    }

    /// Entra ID's codes are documented; its texts change, so the remedy follows the code.
    private static func signInRemedy(codes: [Int], error: String?) -> String {
        if codes.contains(7_000_215) {
            return "the client secret is wrong. Give the secret's Value from Certificates & secrets, not its Secret ID."
        }
        if codes.contains(7_000_222) {
            return "the client secret has expired. Add a new one under Certificates & secrets and store it where syncreport reads it."
        }
        if codes.contains(700_016) {
            return "no app with this client id is registered in the tenant. Check --client-id against the app's Application (client) ID, and --tenant."
        }
        if codes.contains(90_002) {
            return "the tenant does not exist. Give the Directory (tenant) ID or a domain of the tenant with --tenant."
        }
        if codes.contains(7_000_112) {
            return "the app is disabled in Microsoft Entra ID. Enable it under Enterprise applications."
        }
        if error == "invalid_scope" || codes.contains(70_011) {
            return "the Business Central API scope was refused. Add the Dynamics 365 Business Central API permission API.ReadWrite.All to the app and grant admin consent."
        }
        return "check the tenant, the client id and the secret of the Microsoft Entra app."
    }

    private static func remedy(table: FetchTable, service: String, status: Int, code: String?, message: String?) -> String {
        let text = (message ?? "").lowercased()
        if text.contains("permissions prevented") || status == 403 || code?.hasPrefix("Authorization_") == true {
            return "the app may not read \(table.object). On its Microsoft Entra Application card in Business Central, assign the permission set D365 READ (or D365 DYN CRM READ with object execute rights)."
        }
        if status == 401 {
            return "Business Central refused the app. Add its client id on the Microsoft Entra Applications page, set State to Enabled and grant consent."
        }
        if code == "Internal_CompanyNotFound" {
            return "the company does not exist. Give --company exactly as Business Central spells it; names are case-sensitive."
        }
        if status == 404 || code == "BadRequest_ResourceNotFound" {
            return "no web service named \(service) is published. On the Web Services page, publish \(table.object) with Service Name \(service), or give its name with --\(table.rawValue)-service."
        }
        if (300..<400).contains(status) {
            return "syncreport does not follow redirects, which would carry the token to another address. Give --api-url the address Business Central answers at."
        }
        return "the request was refused."
    }
}
