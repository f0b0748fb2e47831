/// Addresses in the Business Central web client where a suggested action is carried out, built as its
/// documented URL parameters say: `company=`, `page=` and `filter='Field' IS 'value'`, every value
/// percent-encoded.
public struct BusinessCentralLinks: Sendable, Equatable {
    /// The web client's base with tenant and environment, e.g. `https://businesscentral.dynamics.com/<tenant>/Production/`.
    public let base: String
    public let company: String

    public init(base: String, company: String) {
        self.base = base.hasSuffix("/") ? base : base + "/"
        self.company = company
    }

    /// Coupled Data Synchronization Errors: Retry, Synchronize, Restore Records, Delete Records, Delete Couplings.
    var coupledDataSynchronizationErrors: String { page(5333) }

    /// Integration Synchronization Errors, filtered to one job's errors.
    func errors(ofJob job: GUID) -> String {
        page(5339, filter: [("Integration Synch. Job ID", "{\(job.value.uppercased())}")])
    }

    /// Integration Table Mappings, filtered to one mapping.
    func mapping(_ name: String) -> String {
        page(5335, filter: [("Name", name)])
    }

    /// The record's card (or list, for setup tables), filtered to the record; `nil` for a table without a known page.
    func card(of record: RecordID) -> String? {
        guard let card = Self.cards[record.table] else { return nil }
        let values = record.key.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        guard values.count == card.keys.count else { return nil }
        // A sales document's page depends on its type, the first value of its key.
        return (card.page ?? Self.salesDocumentPages[values[0]]).map { page($0, filter: Array(zip(card.keys, values))) }
    }

    func page(_ id: Int, filter: [(field: String, value: String)] = []) -> String {
        var query = "company=\(Self.encoded(company))&page=\(id)"
        if !filter.isEmpty {
            let expression = filter.map { "'\($0.field)' IS '\($0.value.replacingOccurrences(of: "'", with: "''"))'" }
            query += "&filter=" + Self.encoded(expression.joined(separator: " AND "))
        }
        return base + "?" + query
    }

    /// RFC 3986: everything but the unreserved characters is percent-encoded, byte by byte of its UTF-8.
    static func encoded(_ text: String) -> String {
        let hex = Array("0123456789ABCDEF".unicodeScalars)
        var result = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                result.unicodeScalars.append("%")
                result.unicodeScalars.append(hex[Int(byte >> 4)])
                result.unicodeScalars.append(hex[Int(byte & 0xF)])
            }
        }
        return result
    }

    /// The Business Central tables that the default mappings couple, with the page that shows one record and
    /// the fields of its key in `RecordId` order (a Sales Header's is Document Type, No.). No page: the first key
    /// value, a sales document type, decides it.
    private static let cards: [String: (page: Int?, keys: [String])] = [
        "Customer": (21, ["No."]),
        "Vendor": (26, ["No."]),
        "Contact": (5050, ["No."]),
        "Item": (30, ["No."]),
        "Resource": (76, ["No."]),
        "Currency": (495, ["Code"]),
        "Salesperson/Purchaser": (5116, ["Code"]),
        "Unit of Measure": (209, ["Code"]),
        "Payment Terms": (4, ["Code"]),
        "Shipment Method": (11, ["Code"]),
        "Shipping Agent": (428, ["Code"]),
        "Sales Header": (nil, ["Document Type", "No."]),
        "Sales Invoice Header": (132, ["No."]),
        "Opportunity": (5124, ["No."]),
    ]

    private static let salesDocumentPages = [
        "Quote": 41, "Order": 42, "Invoice": 43, "Credit Memo": 44, "Blanket Order": 507, "Return Order": 6630,
    ]
}
