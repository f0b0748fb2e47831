import Foundation

/// The address of a published page in Business Central online:
/// `{api}/v2.0/{tenant}/{environment}/ODataV4/Company('{company}')/{service}`.
struct ODataAddress: Sendable {
    let base: String

    init(api: URL, tenant: String, environment: String, company: String) {
        let root = api.absoluteString.hasSuffix("/") ? String(api.absoluteString.dropLast()) : api.absoluteString
        base = "\(root)/v2.0/\(tenant)/\(environment)/ODataV4/Company(\(Self.segment(Self.literal(company))))"
    }

    /// The first page of `service`, rows from `since` on when the table is read by time.
    func firstPage(of service: String, filteringOn field: String?, since: Date?) -> String {
        guard let field, let since else { return "\(base)/\(service)" }
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

    /// Reads the page with the scanner the import uses, skipping the rows: a page of 20,000 rows is checked
    /// whole without building an object for each. A page that is not one whole `{"value": [...]}` object was
    /// cut short or is not a page.
    static func read(_ body: [UInt8]) -> Result<ODataPage, PageProblem> {
        var scanner = JSONScanner(bytes: body, file: "the page")
        var page = ODataPage(rows: 0, nextLink: nil)
        var hasRows = false
        do throws(ImportError) {
            guard scanner.peekToken() == UInt8(ascii: "{") else {
                return .failure(PageProblem(reason: "the answer is not an OData page {\"value\": [...]}"))
            }
            scanner.advance()
            if scanner.peekToken() == UInt8(ascii: "}") {
                scanner.advance()
            } else {
                repeat {
                    let mark = scanner.decoded.count
                    let key = String(decoding: scanner.text(try scanner.memberKey()), as: UTF8.self)
                    scanner.discardDecoded(from: mark)
                    if key == "value", scanner.peekToken() == UInt8(ascii: "[") {
                        hasRows = true
                        page.rows = try count(&scanner)
                    } else if key == "@odata.nextLink", scanner.peekToken() == UInt8(ascii: "\"") {
                        page.nextLink = String(decoding: scanner.text(try scanner.string()), as: UTF8.self)
                    } else {
                        try scanner.skipValue()
                    }
                } while try scanner.endOfMember(UInt8(ascii: "}"), in: "the page object")
            }
            guard scanner.peekToken() == nil else { throw scanner.failure(expected: "the end of the page") }
        } catch {
            return .failure(PageProblem(reason: "the page of \(body.count) bytes is not whole JSON (\(error.description))"))
        }
        guard hasRows else { return .failure(PageProblem(reason: "the answer is not an OData page {\"value\": [...]}")) }
        return .success(page)
    }

    private static func count(_ scanner: inout JSONScanner) throws(ImportError) -> Int {
        scanner.advance()
        if scanner.peekToken() == UInt8(ascii: "]") {
            scanner.advance()
            return 0
        }
        var rows = 0
        repeat {
            try scanner.skipValue()
            rows += 1
        } while try scanner.endOfMember(UInt8(ascii: "]"), in: "the array of rows")
        return rows
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
