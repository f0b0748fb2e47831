/// Writes an export as the OData v4 pages Business Central's web services return: compact JSON, the page's control
/// names, GUIDs in lowercase without braces, ISO 8601 UTC date-times and `0001-01-01T00:00:00Z` for the empty one,
/// whole numbers and Booleans as JSON values, the blank option member as `_blank_`, and characters beyond ASCII
/// escaped as ODataLib does by default. A page holds at most 20,000 rows (the service's page size) and links to the
/// next with `@odata.nextLink`; each page is a file of its own.
struct ODataPageWriter: SampleTableWriter {
    static let pageSize = 20_000

    private let export: SampleExport
    private let rowCount: Int
    private let pageCount: Int
    private let serviceURL: String
    private let contextURL: String
    private var columns: SampleColumnCursor
    /// `"Name":` of each column.
    private let keys: [[UInt8]]
    private var bytes: [UInt8] = []
    private var rowsWritten = 0
    private var page = 0
    private var isRowStart = true
    private var isFileStarted = false

    init(_ export: SampleExport, rowCount: Int, environment: SampleEnvironment) {
        self.export = export
        self.rowCount = rowCount
        pageCount = max(1, (rowCount + Self.pageSize - 1) / Self.pageSize)
        let root = "https://api.businesscentral.dynamics.com/v2.0/\(environment.organization).onmicrosoft.com/Production/ODataV4/"
        let company = "Company('CRONUS%20International%20Ltd.')"
        serviceURL = "\(root)\(company)/\(export.serviceName)"
        contextURL = "\(root)$metadata#\(company)/\(export.serviceName)"
        columns = SampleColumnCursor(export, .json)
        keys = export.columns.map { Array("\"\($0.odataName)\":".utf8) }
        bytes.reserveCapacity(sampleChunkBytes + (1 << 16))
    }

    mutating func text(_ value: @autoclosure () -> String) {
        guard key() else { return }
        string(value())
    }

    mutating func option(_ value: String) {
        text(value.isEmpty ? "_blank_" : value)
    }

    mutating func integer(_ value: Int) {
        guard key() else { return }
        bytes.append(contentsOf: String(value).utf8)
    }

    mutating func guid(_ value: SampleGUID) {
        guard key() else { return }
        bytes.append(Self.quote)
        value.append(to: &bytes, businessCentralStyle: false)
        bytes.append(Self.quote)
    }

    mutating func dateTime(milliseconds: Int?) {
        guard key() else { return }
        bytes.append(Self.quote)
        if let milliseconds {
            SampleTimestamp.append(milliseconds: milliseconds, separator: UInt8(ascii: "T"), to: &bytes)
            bytes.append(UInt8(ascii: "Z"))
        } else {
            bytes.append(contentsOf: "0001-01-01T00:00:00Z".utf8)
        }
        bytes.append(Self.quote)
    }

    mutating func boolean(_ value: Bool) {
        guard key() else { return }
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }

    mutating func endRow<Destination: SampleDestination>(to destination: inout Destination) throws(Destination.Failure) {
        columns.endRow()
        bytes.append(UInt8(ascii: "}"))
        isRowStart = true
        rowsWritten += 1
        if rowsWritten % Self.pageSize == 0 && rowsWritten < rowCount {
            bytes.append(contentsOf: "],\"@odata.nextLink\":".utf8)
            string("\(serviceURL)?$skiptoken=\(rowsWritten)")
            bytes.append(UInt8(ascii: "}"))
            try flush(to: &destination)
            try destination.finishFile()
            isFileStarted = false
            page += 1
        } else if bytes.count >= sampleChunkBytes {
            try flush(to: &destination)
        }
    }

    /// A table without rows writes no page: an empty page says nothing of its columns, so no importer could tell
    /// which table it is.
    mutating func finish<Destination: SampleDestination>(to destination: inout Destination) throws(Destination.Failure) {
        guard rowsWritten > 0 else { return }
        bytes.append(contentsOf: "]}".utf8)
        try flush(to: &destination)
        try destination.finishFile()
    }

    private mutating func flush<Destination: SampleDestination>(to destination: inout Destination) throws(Destination.Failure) {
        if !isFileStarted {
            try destination.startFile(named: pageName(page))
            isFileStarted = true
        }
        try destination.write(bytes)
        bytes.removeAll(keepingCapacity: true)
    }

    /// `errors.json`, or `errors-01.json` … when the table takes several pages.
    private func pageName(_ page: Int) -> String {
        guard pageCount > 1 else { return export.name + ".json" }
        let number = String(page + 1)
        let width = max(2, String(pageCount).count)
        return export.name + "-" + String(repeating: "0", count: width - number.count) + number + ".json"
    }

    /// Opens the row (and, for its first row, the page) before the row's first field; false for a column the
    /// pages do not have.
    private mutating func key() -> Bool {
        guard columns.next() else { return false }
        if isRowStart {
            if rowsWritten % Self.pageSize == 0 {
                bytes.append(contentsOf: "{\"@odata.context\":".utf8)
                string(contextURL)
                bytes.append(contentsOf: ",\"value\":[".utf8)
            } else {
                bytes.append(UInt8(ascii: ","))
            }
            bytes.append(UInt8(ascii: "{"))
            isRowStart = false
        } else {
            bytes.append(UInt8(ascii: ","))
        }
        bytes.append(contentsOf: keys[columns.current])
        return true
    }

    private mutating func string(_ value: String) {
        bytes.append(Self.quote)
        var value = value
        let isPlain = value.withUTF8 { utf8 in
            guard !utf8.contains(where: { $0 < 0x20 || $0 >= 0x80 || $0 == Self.quote || $0 == Self.backslash }) else {
                return false
            }
            bytes.append(contentsOf: utf8)
            return true
        }
        if !isPlain {
            for unit in value.utf16 {
                switch unit {
                case UInt16(Self.quote), UInt16(Self.backslash):
                    bytes.append(Self.backslash)
                    bytes.append(UInt8(unit))
                case 0x0A: bytes.append(contentsOf: "\\n".utf8)
                case 0x0D: bytes.append(contentsOf: "\\r".utf8)
                case 0x09: bytes.append(contentsOf: "\\t".utf8)
                case 0x20..<0x80: bytes.append(UInt8(unit))
                default:
                    bytes.append(contentsOf: "\\u".utf8)
                    for shift in stride(from: 12, through: 0, by: -4) {
                        bytes.append(Self.hexDigits[Int(unit >> UInt16(shift) & 0xF)])
                    }
                }
            }
        }
        bytes.append(Self.quote)
    }

    private static let quote = UInt8(ascii: "\"")
    private static let backslash = UInt8(ascii: "\\")
    private static let hexDigits = Array("0123456789abcdef".utf8)
}
