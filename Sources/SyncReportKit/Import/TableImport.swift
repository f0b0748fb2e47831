import Foundation
import Synchronization

/// The format-independent part of reading a table: recognise it from its header row, then type every row,
/// keeping rows that cannot be used as rejected rows.
struct TableImport {
    let file: String
    let format: String
    let sha256: String
    let options: ImportOptions

    func run<Reader: TableRowReader>(_ reader: inout Reader) throws(ImportError) -> ImportedTable {
        var row = Reader.Row()
        var foundHeader = false
        while reader.next(into: &row) {
            if !row.isBlank { foundHeader = true; break }
        }
        guard foundHeader else { throw .empty(file: file) }
        if let problem = row.problem {
            throw .badHeader(file: file, line: problem.line, column: problem.column, reason: problem.reason)
        }
        let headers = (0..<row.count).map { row.string($0) }
        let schema = try Self.schema(for: headers, file: file)
        let columns = try Self.columnMap(headers: headers, schema: schema, file: file)
        let parts = reader.parts(ProcessInfo.processInfo.activeProcessorCount)
        var order = options.dateOrder
        if order == nil {
            order = try dateOrder(parts, columns: columns)
        }
        let decoder = RowDecoder(
            file: file, columns: columns, timestamps: TimestampParser(timeZone: options.timeZone, order: order))

        var summary = InputSummary(
            file: file, table: schema.kind, format: format, sha256: sha256, rowsRead: 0, rowsUsed: 0, rowsRejected: 0,
            absentColumns: schema.absent(columns).map(\.caption))
        summary.unreadColumns = Self.unreadColumns(headers, row: row, schema: schema, file: file)
        let empty = ImportedTable(summary: summary)
        var table = empty
        let rowsRead = Atomic<Int>(0)
        for part in parts.parallelMap(minimumChunk: 1, { part in
            var part = part
            return decode(&part, into: empty, kind: schema.kind, fieldCount: headers.count, decoder: decoder, rowsRead: rowsRead)
        }) {
            table.append(part)
        }
        let maxRows = options.limits.rows
        guard table.summary.rowsRead <= maxRows else {
            throw .overLimit(file: file, what: "the export has more than \(maxRows) rows", limit: maxRows, flag: "--max-rows")
        }
        // A file whose every row fails is the wrong file or the wrong format, not a night with no data:
        // publishing an empty report over last night's would hide that.
        if table.summary.rowsRead > 0, table.summary.rowsUsed == 0, let first = table.rejected.first {
            throw .everyRowRejected(file: file, rows: table.summary.rowsRead, first: first)
        }
        return table
    }

    /// Types the rows of one part of the table. The parts count the rows they read together, a batch at a time,
    /// and stop once the file has more than `--max-rows`.
    private func decode<Reader: TableRowReader>(
        _ reader: inout Reader, into empty: ImportedTable, kind: TableKind, fieldCount: Int, decoder: RowDecoder,
        rowsRead: borrowing Atomic<Int>
    ) -> ImportedTable {
        var table = empty
        var row = Reader.Row()
        while reader.next(into: &row) {
            if row.isBlank { continue }
            table.summary.rowsRead += 1
            if table.summary.rowsRead % 4_096 == 0,
               rowsRead.add(4_096, ordering: .relaxed).newValue > options.limits.rows { break }
            do throws(RejectedRow) {
                try checkShape(row, fieldCount: fieldCount)
                switch kind {
                case .jobs: table.jobs.append(try decoder.job(row))
                case .errors: table.errors.append(try decoder.error(row))
                case .couplings: table.couplings.append(try decoder.coupling(row))
                case .coupledErrors: table.errors.append(try decoder.coupledError(row))
                }
                table.summary.rowsUsed += 1
            } catch {
                if table.rejected.count < RejectedRow.listedLimit { table.rejected.append(error) }
                table.summary.rowsRejected += 1
            }
        }
        return table
    }

    /// Reads the date columns once, every part on its own core, to settle the day/month order: a day above
    /// 12 decides it. `nil` when no date needs an order; an error when dates need one and none decides, or
    /// when they disagree.
    private func dateOrder<Reader: TableRowReader>(_ parts: [Reader], columns: [ExportColumn: Int]) throws(ImportError) -> DateOrder? {
        let dateColumns = columns.filter { $0.key.isDateTime }.map(\.value).sorted()
        guard !dateColumns.isEmpty else { return nil }
        // Parts are in file order, so the first part with a kind of evidence holds its first place in the file.
        let evidence = parts.parallelMap(minimumChunk: 1) { part in
            var part = part
            return dateEvidence(&part, dateColumns: dateColumns)
        }
        let dayFirst = evidence.lazy.compactMap(\.dayFirst).first
        let monthFirst = evidence.lazy.compactMap(\.monthFirst).first
        switch (dayFirst, monthFirst) {
        case let (day?, month?): throw .conflictingDateOrder(file: file, dayFirst: day, monthFirst: month)
        case (_?, nil): return .dmy
        case (nil, _?): return .mdy
        case (nil, nil):
            guard let undecided = evidence.lazy.compactMap(\.undecided).first else { return nil }
            throw .ambiguousDateOrder(
                file: file, line: undecided.location.line, column: undecided.location.column, value: undecided.value)
        }
    }

    /// Where one part's dates first show each order.
    private func dateEvidence<Reader: TableRowReader>(_ reader: inout Reader, dateColumns: [Int]) -> DateEvidence {
        var evidence = DateEvidence()
        var row = Reader.Row()
        while reader.next(into: &row) {
            for index in dateColumns where index < row.count {
                guard let kind = TimestampParser.orderEvidence(row[index]) else { continue }
                let location = SourceLocation(file: file, line: row.line(index), column: row.column(index))
                switch kind {
                case .dayFirst: evidence.dayFirst = evidence.dayFirst ?? location
                case .monthFirst: evidence.monthFirst = evidence.monthFirst ?? location
                case .undecided: evidence.undecided = evidence.undecided ?? (location, row.string(index))
                }
            }
        }
        return evidence
    }

    private func checkShape(_ row: some TableRow, fieldCount: Int) throws(RejectedRow) {
        if let problem = row.problem {
            throw RejectedRow(location: SourceLocation(file: file, line: problem.line, column: problem.column), reason: problem.reason)
        }
        let maxBytes = options.limits.fieldBytes
        if let index = (0..<row.count).first(where: { row[$0].count > maxBytes }) {
            throw RejectedRow(
                location: SourceLocation(file: file, line: row.line(index), column: row.column(index)),
                reason: "the field holds \(row[index].count) bytes, over the limit of \(maxBytes) (--max-field-bytes raises it)")
        }
        guard row.count == fieldCount else {
            let index = row.count > fieldCount ? fieldCount : row.count - 1
            throw RejectedRow(
                location: SourceLocation(file: file, line: row.line(index), column: row.column(index)),
                reason: "expected \(fieldCount) fields as in the header, found \(row.count)")
        }
    }

    static func schema(for headers: [String], file: String) throws(ImportError) -> TableSchema {
        let names = Set(headers.map(HeaderName.normalize))
        func has(_ column: ExportColumn) -> Bool { column.names.contains { names.contains(HeaderName.normalize($0)) } }
        let candidates = TableSchema.all.filter { $0.signature.allSatisfy { $0.contains(where: has) } }
        let best = candidates.map { schema in (schema, schema.columns.filter(has).count) }
        guard let top = best.max(by: { $0.1 < $1.1 }) else { throw .unknownTable(file: file, headers: headers) }
        let tied = best.filter { $0.1 == top.1 }
        guard tied.count == 1 else { throw .ambiguousTable(file: file, kinds: tied.map(\.0.kind)) }
        return top.0
    }

    /// The header's columns that no name of the schema's columns, nor of those it knows to leave unread, matches.
    private static func unreadColumns(_ headers: [String], row: some TableRow, schema: TableSchema, file: String) -> [UnreadColumn] {
        let known = Set((schema.columns.flatMap(\.names) + schema.unread + TableSchema.systemFields).map(HeaderName.normalize))
        let captions = schema.columns.map(\.caption)
        return headers.indices.compactMap { index in
            let name = headers[index]
            // OData annotations (`@odata.etag`) and blank captions carry no data of the night.
            guard !name.hasPrefix("@"), !HeaderName.normalize(name).isEmpty, !known.contains(HeaderName.normalize(name)) else { return nil }
            return UnreadColumn(
                name: name, location: SourceLocation(file: file, line: row.line(index), column: row.column(index)),
                closest: HeaderName.closest(to: name, among: captions))
        }
    }

    private static func columnMap(headers: [String], schema: TableSchema, file: String) throws(ImportError) -> [ExportColumn: Int] {
        let normalized = headers.map(HeaderName.normalize)
        var map: [ExportColumn: Int] = [:]
        for column in schema.columns {
            let names = column.names.map(HeaderName.normalize)
            let indices = normalized.indices.filter { names.contains(normalized[$0]) }
            if indices.count > 1 {
                throw .duplicateColumn(file: file, column: column.caption, columns: indices.map { $0 + 1 })
            }
            map[column] = indices.first
        }
        // Page 5339 shows the full Error Message in its control `Message` (Open in Excel heads it "Error
        // Message"; its web service names it `Message`). Its HelpLink control tells that page from the table,
        // whose Message is the 250-character field.
        if schema.kind == .errors, map[.fullMessage] == nil, let message = map[.shortMessage],
           normalized.contains(HeaderName.normalize("Help Link")) {
            map[.fullMessage] = message
        }
        for group in schema.required where !group.contains(where: { map[$0] != nil }) {
            throw .missingColumn(file: file, table: schema.kind, column: group[0].caption)
        }
        return map
    }
}

/// What one part of a table says about the day/month order of its dates.
private struct DateEvidence: Sendable {
    var dayFirst: SourceLocation?
    var monthFirst: SourceLocation?
    var undecided: (location: SourceLocation, value: String)?
}
