import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// OAuth 2.0 client credentials against Microsoft Entra ID, for a job with no user. The grant has no refresh
/// token: a token is kept until shortly before it expires, then a new one is asked for.
struct TokenSource {
    let tenant: String
    let endpoint: URL
    let scope: String
    let credentials: ClientCredentials
    private var token: String?
    private var expires = Date.distantPast

    /// Renewed this long before expiry, so a page request never carries a token that lapses on the way.
    static let margin: TimeInterval = 120

    init(tenant: String, endpoints: FetchEndpoints, credentials: ClientCredentials) {
        self.tenant = tenant
        endpoint = endpoints.login.appendingPathComponent(tenant).appendingPathComponent("oauth2/v2.0/token")
        scope = endpoints.scope
        self.credentials = credentials
    }

    mutating func bearer(_ requester: inout Requester, now: Date = Date()) throws(FetchError) -> String {
        if let token, now < expires { return token }
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        request.setValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
        request.setValue("application/json", forHTTPHeaderField: "Accept")
        request.httpBody = Data(FormEncoding.encode([
            ("grant_type", "client_credentials"), ("client_id", credentials.clientID),
            ("client_secret", credentials.secret), ("scope", scope),
        ]).utf8)
        let response = try requester.send(request, shown: endpoint.absoluteString)
        let fields = (try? JSONSerialization.jsonObject(with: Data(response.body))) as? [String: Any] ?? [:]
        guard response.status == 200, let token = fields["access_token"] as? String, !token.isEmpty else {
            throw .signInRefused(
                tenant: tenant, status: response.status, error: fields["error"] as? String,
                codes: (fields["error_codes"] as? [Any])?.compactMap { ($0 as? NSNumber)?.intValue } ?? [],
                detail: fields["error_description"] as? String)
        }
        let lifetime = (fields["expires_in"] as? NSNumber)?.doubleValue ?? Double(fields["expires_in"] as? String ?? "") ?? 0
        self.token = token
        expires = now.addingTimeInterval(max(0, lifetime - Self.margin))
        requester.log.add("signed in as \(credentials.clientID); the token is kept for \(Int(max(0, lifetime - Self.margin))) s")
        return token
    }

    /// Drops the token Business Central refused, so the next request signs in afresh.
    mutating func discard() {
        token = nil
    }
}

/// `application/x-www-form-urlencoded`, as the token endpoint reads it: every byte outside the unreserved set
/// escaped, so a secret with `+`, `&` or `=` arrives as it is.
enum FormEncoding {
    static func encode(_ fields: [(String, String)]) -> String {
        fields.map { "\(escape($0.0))=\(escape($0.1))" }.joined(separator: "&")
    }

    static func escape(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? text
    }

    /// RFC 3986's unreserved characters.
    static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
}
