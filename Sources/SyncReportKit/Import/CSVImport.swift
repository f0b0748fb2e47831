import Crypto

/// Reads one CSV export: recognises its table from the header row and types every row.
struct CSVImport: Sendable {
    let options: ImportOptions

    func run(_ file: InputFile) throws(ImportError) -> ImportedTable {
        let start = try Self.contentStart(of: file)
        var reader = CSVReader(bytes: file.bytes, start: start)
        var record = CSVRecord()
        var foundHeader = false
        while reader.next(into: &record) {
            if !record.isBlank { foundHeader = true; break }
        }
        guard foundHeader else { throw .empty(file: file.name) }
        let headers = (0..<record.count).map { record.string($0) }
        let schema = try Self.schema(for: headers, file: file.name)
        let columns = try Self.columnMap(headers: headers, schema: schema, file: file.name)
        let decoder = RowDecoder(file: file.name, columns: columns, timestamps: TimestampParser(timeZone: options.timeZone))

        var table = ImportedTable(summary: InputSummary(
            file: file.name, table: schema.kind, format: "csv",
            sha256: SHA256.hash(data: file.bytes).map { String(format: "%02x", $0) }.joined(),
            rowsRead: 0, rowsUsed: 0, rowsRejected: 0))
        while reader.next(into: &record) {
            if record.isBlank { continue }
            table.summary.rowsRead += 1
            do throws(RejectedRow) {
                try Self.checkShape(record, fieldCount: headers.count, file: file.name)
                switch schema.kind {
                case .jobs: table.jobs.append(try decoder.job(record))
                case .errors: table.errors.append(try decoder.error(record))
                case .couplings: table.couplings.append(try decoder.coupling(record))
                }
                table.summary.rowsUsed += 1
            } catch {
                table.rejected.append(error)
                table.summary.rowsRejected += 1
            }
        }
        return table
    }

    /// Skips a UTF-8 byte order mark; names the formats that are not CSV.
    private static func contentStart(of file: InputFile) throws(ImportError) -> Int {
        let bytes = file.bytes
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) { throw .unsupportedFormat(file: file.name, format: "an Excel workbook") }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw .unsupportedFormat(file: file.name, format: "UTF-16 text")
        }
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        if let first = bytes[start...].first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }),
           first == UInt8(ascii: "{") || first == UInt8(ascii: "[") {
            throw .unsupportedFormat(file: file.name, format: "JSON")
        }
        return start
    }

    private static func checkShape(_ record: CSVRecord, fieldCount: Int, file: String) throws(RejectedRow) {
        if let problem = record.problem {
            throw RejectedRow(location: SourceLocation(file: file, line: problem.line, column: problem.column), reason: problem.reason)
        }
        guard record.count == fieldCount else {
            let index = min(record.count, fieldCount) - 1
            throw RejectedRow(
                location: SourceLocation(file: file, line: record.line(index), column: record.column(index)),
                reason: "expected \(fieldCount) fields as in the header, found \(record.count)")
        }
    }

    static func schema(for headers: [String], file: String) throws(ImportError) -> TableSchema {
        let names = Set(headers.map(HeaderName.normalize))
        func has(_ column: ExportColumn) -> Bool { column.names.contains { names.contains(HeaderName.normalize($0)) } }
        let candidates = TableSchema.all.filter { $0.signature.allSatisfy(has) }
        let best = candidates.map { schema in (schema, schema.columns.filter(has).count) }
        guard let top = best.max(by: { $0.1 < $1.1 }) else { throw .unknownTable(file: file, headers: headers) }
        let tied = best.filter { $0.1 == top.1 }
        guard tied.count == 1 else { throw .ambiguousTable(file: file, kinds: tied.map(\.0.kind)) }
        return top.0
    }

    private static func columnMap(headers: [String], schema: TableSchema, file: String) throws(ImportError) -> [ExportColumn: Int] {
        let normalized = headers.map(HeaderName.normalize)
        var map: [ExportColumn: Int] = [:]
        for column in schema.columns {
            let names = column.names.map(HeaderName.normalize)
            if let index = normalized.firstIndex(where: names.contains) { map[column] = index }
        }
        for group in schema.required where !group.contains(where: { map[$0] != nil }) {
            throw .missingColumn(file: file, table: schema.kind, column: group[0].caption)
        }
        return map
    }
}
