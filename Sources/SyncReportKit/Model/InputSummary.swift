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
