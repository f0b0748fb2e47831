/// Writes CSV the way Excel saves it: RFC 4180 quoting (a field containing a comma, double quote, CR or LF is
/// quoted and its quotes doubled), CRLF row ends, UTF-8 without BOM. Appends straight into one byte buffer.
struct CSVWriter {
    private(set) var bytes: [UInt8] = []
    private var atRowStart = true

    init(header: [String], reservingCapacity capacity: Int) {
        bytes.reserveCapacity(capacity)
        for caption in header {
            text(caption)
        }
        endRow()
    }

    mutating func text(_ value: String) {
        separate()
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

    mutating func integer(_ value: Int) {
        separate()
        bytes.append(contentsOf: String(value).utf8)
    }

    mutating func guid(_ value: SampleGUID) {
        separate()
        value.append(to: &bytes, businessCentralStyle: true)
    }

    /// `yyyy-MM-dd HH:mm:ss` in UTC; nil is Business Central's empty DateTime (0DT), exported blank.
    mutating func dateTime(milliseconds: Int?) {
        separate()
        guard let milliseconds else { return }
        let seconds = milliseconds / 1000
        let date = CivilTime.civilFromDays(seconds / 86_400)
        let secondOfDay = seconds % 86_400
        digits(date.year, width: 4)
        bytes.append(UInt8(ascii: "-"))
        digits(date.month, width: 2)
        bytes.append(UInt8(ascii: "-"))
        digits(date.day, width: 2)
        bytes.append(UInt8(ascii: " "))
        digits(secondOfDay / 3600, width: 2)
        bytes.append(UInt8(ascii: ":"))
        digits(secondOfDay / 60 % 60, width: 2)
        bytes.append(UInt8(ascii: ":"))
        digits(secondOfDay % 60, width: 2)
    }

    mutating func empty() {
        separate()
    }

    mutating func endRow() {
        bytes.append(Self.carriageReturn)
        bytes.append(Self.lineFeed)
        atRowStart = true
    }

    private mutating func separate() {
        if !atRowStart { bytes.append(Self.comma) }
        atRowStart = false
    }

    /// Zero-padded decimal of a non-negative value.
    private mutating func digits(_ value: Int, width: Int) {
        var divisor = 1
        for _ in 1..<width { divisor *= 10 }
        var rest = value
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(rest / divisor % 10))
            rest %= divisor
            divisor /= 10
        }
    }

    private static let comma = UInt8(ascii: ",")
    private static let quote = UInt8(ascii: "\"")
    private static let carriageReturn = UInt8(ascii: "\r")
    private static let lineFeed = UInt8(ascii: "\n")
}
