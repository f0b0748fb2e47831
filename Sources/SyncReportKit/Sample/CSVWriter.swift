/// Writes CSV the way Excel saves it: RFC 4180 quoting (a field containing a comma, double quote, CR or LF is
/// quoted and its quotes doubled), CRLF row ends, UTF-8 without BOM. Appends straight into one byte buffer and
/// hands it over every megabyte.
struct CSVWriter: SampleTableWriter {
    private let fileName: String
    private var columns: SampleColumnCursor
    private var bytes: [UInt8] = []
    private var atRowStart = true
    private var isStarted = false

    init(_ export: SampleExport) {
        fileName = export.name + ".csv"
        columns = SampleColumnCursor(export, .csv)
        bytes.reserveCapacity(sampleChunkBytes + (1 << 16))
        for column in export.columns where column.appears(in: .csv) {
            field(column.caption)
        }
        bytes.append(Self.carriageReturn)
        bytes.append(Self.lineFeed)
        atRowStart = true
    }

    mutating func text(_ value: @autoclosure () -> String) {
        guard columns.next() else { return }
        field(value())
    }

    mutating func option(_ value: String) {
        text(value)
    }

    mutating func integer(_ value: Int) {
        guard columns.next() else { return }
        separate()
        bytes.append(contentsOf: String(value).utf8)
    }

    mutating func guid(_ value: SampleGUID) {
        guard columns.next() else { return }
        separate()
        value.append(to: &bytes, businessCentralStyle: true)
    }

    /// `yyyy-MM-dd HH:mm:ss`; the empty DateTime is exported blank.
    mutating func dateTime(milliseconds: Int?) {
        guard columns.next() else { return }
        separate()
        guard let milliseconds else { return }
        SampleTimestamp.append(milliseconds: milliseconds, separator: UInt8(ascii: " "), to: &bytes)
    }

    /// As the pages print a Boolean.
    mutating func boolean(_ value: Bool) {
        text(value ? "Yes" : "No")
    }

    mutating func endRow<Destination: SampleDestination>(to destination: inout Destination) throws(Destination.Failure) {
        columns.endRow()
        bytes.append(Self.carriageReturn)
        bytes.append(Self.lineFeed)
        atRowStart = true
        if bytes.count >= sampleChunkBytes { try flush(to: &destination) }
    }

    mutating func finish<Destination: SampleDestination>(to destination: inout Destination) throws(Destination.Failure) {
        try flush(to: &destination)
        try destination.finishFile()
    }

    private mutating func flush<Destination: SampleDestination>(to destination: inout Destination) throws(Destination.Failure) {
        if !isStarted {
            try destination.startFile(named: fileName)
            isStarted = true
        }
        try destination.write(bytes)
        bytes.removeAll(keepingCapacity: true)
    }

    private mutating func field(_ value: String) {
        separate()
        Self.append(value, to: &bytes)
    }

    /// One field, quoted when it must be: also for the report's own CSV files.
    static func append(_ value: String, to bytes: inout [UInt8]) {
        var value = value
        value.withUTF8 { utf8 in
            let needsQuotes = utf8.contains {
                $0 == Self.comma || $0 == Self.quote || $0 == Self.carriageReturn || $0 == Self.lineFeed
            }
            guard needsQuotes else {
                bytes.append(contentsOf: utf8)
                return
            }
            // Copy the runs between double quotes in bulk, doubling each quote.
            bytes.append(Self.quote)
            var runStart = 0
            for index in utf8.indices where utf8[index] == Self.quote {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...index]))
                bytes.append(Self.quote)
                runStart = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
            bytes.append(Self.quote)
        }
    }

    private mutating func separate() {
        if !atRowStart { bytes.append(Self.comma) }
        atRowStart = false
    }

    private static let comma = UInt8(ascii: ",")
    private static let quote = UInt8(ascii: "\"")
    private static let carriageReturn = UInt8(ascii: "\r")
    private static let lineFeed = UInt8(ascii: "\n")
}
