/// What one input file was and how many of its rows were used; `rowsRead == rowsUsed + rowsRejected`.
public struct InputSummary: Sendable, Hashable {
    public var file: String
    public var table: TableKind
    public var format: String
    public var sha256: String
    public var rowsRead: Int
    public var rowsUsed: Int
    public var rowsRejected: Int
    /// Captions of the columns this kind of export can have that this file lacks, so the report can say
    /// what it cannot show.
    public var absentColumns: [String]
    /// Header columns that are none the tool knows, each with the known caption nearest to it: most often a
    /// misspelt or renamed caption, whose data is then not read.
    public var unreadColumns: [UnreadColumn] = []

    public init(
        file: String, table: TableKind, format: String, sha256: String, rowsRead: Int, rowsUsed: Int, rowsRejected: Int,
        absentColumns: [String] = []
    ) {
        self.file = file
        self.table = table
        self.format = format
        self.sha256 = sha256
        self.rowsRead = rowsRead
        self.rowsUsed = rowsUsed
        self.rowsRejected = rowsRejected
        self.absentColumns = absentColumns
    }
}

/// A header column the tool does not know.
public struct UnreadColumn: Sendable, Hashable {
    public var name: String
    public var location: SourceLocation
    /// The caption of this kind of export `name` is most likely a misspelling of, if any.
    public var closest: String?
}
