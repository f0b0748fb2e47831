/// The kinds of variable parts a message template hides, each shown as `<kind>`.
enum MaskKind: UInt8, CaseIterable, Sendable {
    case guid, url, email, date, number, quoted, record, table, field, name, code

    var placeholder: String { "<\(self)>" }

    /// Keys of records: what follows a table caption in `Customer 10000` or `Customer: C00110`.
    var isKey: Bool { self == .code || self == .number || self == .guid }

    /// The kind two adjacent values of these kinds read as together, or nil when they stay apart.
    /// `14 DAYS` and `ITEM 1920-S` are single codes.
    func merged(with other: MaskKind) -> MaskKind? {
        if self == other { return self }
        if (self == .code && other == .number) || (self == .number && other == .code) { return .code }
        return nil
    }

    /// In a masked byte stream a value is this byte followed by the kind; it never occurs in UTF-8.
    static let marker: UInt8 = 0xFF
}
