/// A Business Central `RecordId` as exports print it: `Customer: C00110`, `Dataverse Account: {GUID}`.
public struct RecordID: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The table caption, e.g. `Customer` or `Dataverse Account`.
    public let table: String
    /// The primary-key values as printed, comma separated for compound keys.
    public let key: String
    /// Dataverse-side tables carry the caption prefixes `Dataverse ` or `CRM ` in Business Central. Stored, as
    /// every error asks it several times.
    public let isDataverseSide: Bool
    /// The Dataverse row a Dataverse-side key names, when the key is a GUID.
    public let dataverseID: GUID?

    /// Dataverse-side keys are GUIDs, which exports spell in different cases, with or without braces; they are
    /// kept as Business Central shows them (`{3F2504E0-…}`) so the same row is one record.
    public init(table: String, key: String) {
        self.table = table
        isDataverseSide = Self.isDataverseCaption(table)
        dataverseID = isDataverseSide ? GUID(key) : nil
        self.key = dataverseID.map(Self.dataverseKey) ?? key
    }

    /// How a Dataverse row's key is kept: `{3F2504E0-…}`.
    private static func dataverseKey(_ guid: GUID) -> String {
        "{\(guid.value.uppercased())}"
    }

    /// Parses `Table: key`; text without the separator is not a record id.
    public init?(_ text: String) {
        guard let separator = text.range(of: ": ") else { return nil }
        let table = text[..<separator.lowerBound].trimmingCharacters(in: .whitespaces)
        let key = text[separator.upperBound...].trimmingCharacters(in: .whitespaces)
        guard !table.isEmpty, !key.isEmpty else { return nil }
        self.init(table: table, key: key)
    }

    static func isDataverseCaption(_ table: String) -> Bool {
        table.hasPrefix("Dataverse ") || table.hasPrefix("CRM ")
    }

    /// How people read it in a sentence: `Customer C00110`.
    public var displayName: String { "\(table) \(key)" }

    public var description: String { "\(table): \(key)" }

    public static func < (lhs: RecordID, rhs: RecordID) -> Bool {
        (lhs.table, lhs.key) < (rhs.table, rhs.key)
    }
}
