/// A streaming RFC 4180 reader over bytes: one record at a time, fields as byte ranges, no `String` per field.
///
/// Quoted fields may hold delimiters, doubled quotes and line breaks; line ends are LF or CRLF.
struct CSVReader: TableRowReader {
    typealias Row = CSVRecord
    private let bytes: [UInt8]
    private let delimiter: UInt8
    private var position: Int
    /// Where this reader's part of the input ends (see `parts`).
    private var end: Int
    private var line = 1
    private var lineStart: Int

    init(bytes: [UInt8], delimiter: UInt8 = UInt8(ascii: ","), start: Int = 0) {
        self.bytes = bytes
        self.delimiter = delimiter
        self.position = start
        self.end = bytes.count
        self.lineStart = start
    }

    func parts(_ count: Int) -> [CSVReader] {
        // Below a few megabytes, starting a thread costs more than reading the part.
        parts(count, minimumBytes: 4 << 20)
    }

    /// The rest of the records as up to `count` readers of consecutive parts of about the same size, none
    /// under `minimumBytes`. Part boundaries are found by reading records without keeping them, so a line
    /// break inside a quoted field never splits a record, and each part knows the line it starts on.
    func parts(_ count: Int, minimumBytes: Int) -> [CSVReader] {
        let count = max(1, min(count, (end - position) / max(minimumBytes, 1)))
        var parts: [CSVReader] = []
        var start = self
        var probe = self
        var skipped = CSVSkippedRecord()
        for part in 1..<count {
            let target = position + (end - position) * part / count
            while probe.position < target, probe.next(into: &skipped) {}
            start.end = probe.position
            parts.append(start)
            start = probe
        }
        parts.append(start)
        return parts
    }

    /// Reads the next record into `record`, reusing its storage; `false` at the end of input.
    mutating func next(into record: inout some CSVRecordBuilder) -> Bool {
        guard position < end else { return false }
        record.reset(line: line, source: bytes)
        var fieldStart = position
        var isQuoted = false
        var quoteLine = line
        var quoteColumn = 0
        var afterClosingQuote = false
        record.startField(at: position, lineStart: lineStart)
        while position < end {
            let byte = bytes[position]
            if isQuoted {
                if byte == UInt8(ascii: "\"") {
                    if position + 1 < end, bytes[position + 1] == UInt8(ascii: "\"") {
                        record.append(bytes[position...position])
                        position += 2
                    } else {
                        isQuoted = false
                        afterClosingQuote = true
                        position += 1
                    }
                    continue
                }
                guard byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") else {
                    let start = position
                    position = runEnd(from: position) { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }
                    record.append(bytes[start..<position])
                    continue
                }
                // A lone CR ends a line too (old Mac files); CRLF counts once, at its LF.
                if byte == UInt8(ascii: "\n") || position + 1 == end || bytes[position + 1] != UInt8(ascii: "\n") {
                    line += 1
                    lineStart = position + 1
                }
                record.append(bytes[position...position])
                position += 1
                continue
            }
            switch byte {
            case delimiter:
                record.endField()
                position += 1
                fieldStart = position
                afterClosingQuote = false
                record.startField(at: position, lineStart: lineStart)
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                record.endField()
                if byte == UInt8(ascii: "\r"), position + 1 < end, bytes[position + 1] == UInt8(ascii: "\n") {
                    position += 1
                }
                position += 1
                line += 1
                lineStart = position
                return true
            case UInt8(ascii: "\"") where position == fieldStart:
                isQuoted = true
                quoteLine = line
                quoteColumn = CSVRecord.column(of: position, lineStart: lineStart, in: bytes)
                position += 1
            default:
                if afterClosingQuote, record.problem == nil {
                    record.problem = RowProblem(
                        line: line, column: CSVRecord.column(of: position, lineStart: lineStart, in: bytes),
                        reason: "text after the closing quote of a field")
                }
                let start = position
                let delimiter = delimiter
                position = runEnd(from: position) { $0 == delimiter || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }
                record.append(bytes[start..<position])
            }
        }
        if isQuoted, record.problem == nil {
            record.problem = RowProblem(
                line: quoteLine, column: quoteColumn, reason: "quoted field is not closed before the end of the file")
        }
        record.endField()
        return true
    }

    /// Where the run of ordinary bytes that starts at `start` ends: the first byte after it that `ends` names.
    /// Runs are handed over whole; byte by byte, reading was most of the import's time.
    private func runEnd(from start: Int, where ends: (UInt8) -> Bool) -> Int {
        var position = start + 1
        while position < end, !ends(bytes[position]) { position += 1 }
        return position
    }
}

/// What the reader tells of a record as it reads it.
protocol CSVRecordBuilder {
    var problem: RowProblem? { get set }
    mutating func reset(line: Int, source: [UInt8])
    mutating func startField(at offset: Int, lineStart: Int)
    /// Adds bytes to the field being read.
    mutating func append(_ bytes: ArraySlice<UInt8>)
    mutating func endField()
}

/// Keeps nothing: reading into it only finds where records end.
struct CSVSkippedRecord: CSVRecordBuilder {
    var problem: RowProblem? {
        get { nil }
        set {}
    }
    mutating func reset(line: Int, source: [UInt8]) {}
    mutating func startField(at offset: Int, lineStart: Int) {}
    mutating func append(_ bytes: ArraySlice<UInt8>) {}
    mutating func endField() {}
}

/// One CSV record: unescaped field bytes in one reusable buffer, with each field's column.
struct CSVRecord: TableRow, CSVRecordBuilder {
    private(set) var storage: [UInt8] = []
    private(set) var ends: [Int] = []
    private var starts: [Int] = []
    private var lineStarts: [Int] = []
    private var source: [UInt8] = []
    private(set) var line = 0
    var problem: RowProblem?

    var count: Int { ends.count }

    /// A blank line, or one of delimiters only (`;;`, as Excel writes empty rows).
    var isBlank: Bool { storage.isEmpty }

    subscript(field: Int) -> ArraySlice<UInt8> {
        let start = field == 0 ? 0 : ends[field - 1]
        return storage[start..<ends[field]]
    }

    /// The 1-based column where a field starts; computed only when a message needs it.
    func column(_ field: Int) -> Int {
        Self.column(of: starts[field], lineStart: lineStarts[field], in: source)
    }

    /// Counts characters (UTF-8 lead bytes), as an editor shows columns.
    static func column(of offset: Int, lineStart: Int, in bytes: [UInt8]) -> Int {
        var column = 1
        for index in lineStart..<offset where bytes[index] & 0xC0 != 0x80 {
            column += 1
        }
        return column
    }

    /// The line a field starts on, for fields after a quoted line break.
    func line(_ field: Int) -> Int {
        lineStarts[field] == lineStarts[0] ? line : line + Self.lineBreaks(in: source[lineStarts[0]..<lineStarts[field]])
    }

    /// LF, CRLF and lone CR each count as one line break.
    static func lineBreaks(in bytes: ArraySlice<UInt8>) -> Int {
        var count = 0
        var index = bytes.startIndex
        while index < bytes.endIndex {
            if bytes[index] == UInt8(ascii: "\n") || (bytes[index] == UInt8(ascii: "\r")
                && (index + 1 == bytes.endIndex || bytes[index + 1] != UInt8(ascii: "\n"))) {
                count += 1
            }
            index += 1
        }
        return count
    }

    mutating func reset(line: Int, source: [UInt8]) {
        storage.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        starts.removeAll(keepingCapacity: true)
        lineStarts.removeAll(keepingCapacity: true)
        problem = nil
        self.line = line
        self.source = source
    }

    mutating func startField(at offset: Int, lineStart: Int) {
        starts.append(offset)
        lineStarts.append(lineStart)
    }
    mutating func append(_ bytes: ArraySlice<UInt8>) { storage.append(contentsOf: bytes) }
    mutating func endField() { ends.append(storage.count) }
}
