/// A Business Central `RecordId` as exports print it: `Customer: C00110`, `Dataverse Account: {GUID}`.
public struct RecordID: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The table caption, e.g. `Customer` or `Dataverse Account`.
    public var table: String
    /// The primary-key values as printed, comma separated for compound keys.
    public var key: String

    /// Dataverse-side keys are GUIDs, which exports spell in different cases, with or without braces; they are
    /// kept as Business Central shows them (`{3F2504E0-…}`) so the same row is one record.
    public init(table: String, key: String) {
        self.table = table
        self.key = Self.isDataverseCaption(table) ? GUID(key).map { "{\($0.value.uppercased())}" } ?? key : key
    }

    /// Parses `Table: key`; text without the separator is not a record id.
    public init?(_ text: String) {
        guard let separator = text.range(of: ": ") else { return nil }
        let table = text[..<separator.lowerBound].trimmingCharacters(in: .whitespaces)
        let key = text[separator.upperBound...].trimmingCharacters(in: .whitespaces)
        guard !table.isEmpty, !key.isEmpty else { return nil }
        self.init(table: table, key: key)
    }

    /// Dataverse-side tables carry these caption prefixes in Business Central.
    public var isDataverseSide: Bool {
        Self.isDataverseCaption(table)
    }

    static func isDataverseCaption(_ table: String) -> Bool {
        table.hasPrefix("Dataverse ") || table.hasPrefix("CRM ")
    }

    /// The Dataverse row id for Dataverse-side records, normalised like coupling ids.
    public var dataverseID: GUID? {
        isDataverseSide ? GUID(key) : nil
    }

    /// How people read it in a sentence: `Customer C00110`.
    public var displayName: String { "\(table) \(key)" }

    public var description: String { "\(table): \(key)" }

    public static func < (lhs: RecordID, rhs: RecordID) -> Bool {
        (lhs.table, lhs.key) < (rhs.table, rhs.key)
    }
}
