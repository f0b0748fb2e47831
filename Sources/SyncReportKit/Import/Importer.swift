/// The Import stage: every input file becomes typed rows, merged into one de-duplicated `Dataset`.
public struct Importer: Sendable {
    public var options: ImportOptions

    public init(options: ImportOptions = ImportOptions()) {
        self.options = options
    }

    /// Files later in `inputs` win over earlier ones for the same key, so give older nights first.
    public func run(_ inputs: [InputFile]) throws(ImportError) -> Dataset {
        var tables: [ImportedTable] = []
        for input in inputs {
            switch InputFormat.detect(input.bytes) {
            case .csv: tables.append(try CSVImport(options: options).run(input))
            case .json: tables.append(try JSONImport(options: options).run(input))
            case .xlsx: tables.append(contentsOf: try XLSXImport(options: options).run(input))
            }
        }
        return ImportedTable.merge(consume tables)
    }
}
