import Foundation

/// The address of a published page in Business Central online:
/// `{api}/v2.0/{tenant}/{environment}/ODataV4/Company('{company}')/{service}`.
struct ODataAddress: Sendable {
    let base: String

    init(api: URL, tenant: String, environment: String, company: String) {
        let root = api.absoluteString.hasSuffix("/") ? String(api.absoluteString.dropLast()) : api.absoluteString
        base = "\(root)/v2.0/\(tenant)/\(environment)/ODataV4/Company(\(Self.segment(Self.literal(company))))"
    }

    /// The first page of `service`, rows from `since` on when the table has a time to filter on.
    func firstPage(of service: String, filteringOn field: String?, since: Date) -> String {
        guard let field else { return "\(base)/\(service)" }
        return "\(base)/\(service)?$filter=" + Self.segment("\(field) ge \(CivilTime.formatMilliseconds(since))")
    }

    /// An OData string literal: quoted, with quotes doubled (`O'Brien` → `'O''Brien'`).
    static func literal(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    }

    /// Escapes everything outside RFC 3986's unreserved characters and the quotes of a literal, so a company
    /// named "CRONUS USA, Inc." or "A&B / Nord" stays one path segment.
    static func segment(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: FormEncoding.unreserved.union(CharacterSet(charactersIn: "'"))) ?? text
    }
}

/// What a fetched page holds: its rows and where the next page is.
struct ODataPage {
    var rows: Int
    var nextLink: String?

    /// Reads the page; a page that is not one whole `{"value": [...]}` object was cut short or is not a page.
    static func read(_ body: [UInt8]) -> Result<ODataPage, PageProblem> {
        guard let object = try? JSONSerialization.jsonObject(with: Data(body)) else {
            return .failure(PageProblem(reason: "the page of \(body.count) bytes is not whole JSON (cut short?)"))
        }
        guard let page = object as? [String: Any], let rows = page["value"] as? [Any] else {
            return .failure(PageProblem(reason: "the answer is not an OData page {\"value\": [...]}"))
        }
        return .success(ODataPage(rows: rows.count, nextLink: page["@odata.nextLink"] as? String))
    }

    struct PageProblem: Error {
        var reason: String
    }

    /// A page with no rows says nothing of which table it is, so the fetch names it (`JSONTable.tableAnnotation`).
    static func annotated(_ body: [UInt8], table: TableKind) -> [UInt8] {
        guard let brace = body.firstIndex(of: UInt8(ascii: "{")) else { return body }
        return Array(body[...brace]) + Array("\"\(JSONTable.tableAnnotation)\":\"\(table.rawValue)\",".utf8) + body[(brace + 1)...]
    }
}
