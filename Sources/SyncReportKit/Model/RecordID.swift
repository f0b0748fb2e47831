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

    /// Parses `Table: key`; text without the separator is not a record id. Every error row has two, so the
    /// separator is found in the UTF-8 bytes rather than through Foundation's string search.
    public init?(_ text: String) {
        let bytes = text.utf8
        var separator: String.Index?
        var previous: UInt8 = 0
        for index in bytes.indices {
            let byte = bytes[index]
            if previous == UInt8(ascii: ":"), byte == UInt8(ascii: " ") {
                separator = index
                break
            }
            previous = byte
        }
        guard let space = separator else { return nil }
        let table = Self.trimmed(text[..<bytes.index(before: space)])
        let key = Self.trimmed(text[bytes.index(after: space)...])
        guard !table.isEmpty, !key.isEmpty else { return nil }
        self.init(table: table, key: key)
    }

    /// Without leading and trailing tabs and space separators (Unicode's Zs), as `CharacterSet.whitespaces` has it.
    private static func trimmed(_ text: Substring) -> String {
        // Almost every id starts and ends with a printable ASCII character: nothing to trim, no scalar walk.
        if let first = text.utf8.first, let last = text.utf8.last, isPrintableASCII(first), isPrintableASCII(last) {
            return String(text)
        }
        var scalars = text.unicodeScalars[...]
        func isBlank(_ scalar: Unicode.Scalar) -> Bool {
            scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator
        }
        while let first = scalars.first, isBlank(first) { scalars.removeFirst() }
        while let last = scalars.last, isBlank(last) { scalars.removeLast() }
        return String(String.UnicodeScalarView(scalars))
    }

    private static func isPrintableASCII(_ byte: UInt8) -> Bool {
        byte > UInt8(ascii: " ") && byte < 0x7F
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
