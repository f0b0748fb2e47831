/// What one export may hold before it is refused, each bound raised by the flag it names: a hostile or broken
/// file must end in a clear error, never in a machine that swaps or a run that does not end. JSON nesting needs
/// no bound of its own: the scanner keeps open containers on a stack of one byte a level, not on the call stack.
public struct ImportLimits: Sendable, Equatable {
    /// Bytes of one input file (`--max-input-bytes`).
    public var inputBytes: Int
    /// Rows of one export (`--max-rows`): a million errors take about 1.3 GB through the whole run.
    public var rows: Int
    /// Bytes of one field (`--max-field-bytes`); a longer field rejects its row. Business Central's longest
    /// text field holds 2,048 characters.
    public var fieldBytes: Int
    /// Bytes an Excel workbook unpacks to, all parts together (`--max-unpacked-bytes`).
    public var unpackedBytes: Int

    public static let standard = ImportLimits(inputBytes: 4 << 30, rows: 5_000_000, fieldBytes: 32_768, unpackedBytes: 2 << 30)

    public init(inputBytes: Int, rows: Int, fieldBytes: Int, unpackedBytes: Int) {
        self.inputBytes = inputBytes
        self.rows = rows
        self.fieldBytes = fieldBytes
        self.unpackedBytes = unpackedBytes
    }
}
