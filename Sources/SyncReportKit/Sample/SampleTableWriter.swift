/// Writes one export table row by row, each row's fields in the order of `SampleExport.columns`. The format decides
/// how a value is spelled, and skips the columns it does not have without computing their text.
protocol SampleTableWriter {
    mutating func text(_ value: @autoclosure () -> String)
    /// An option's caption; the empty string is the blank first member of Last Synch. (CRM) Result.
    mutating func option(_ value: String)
    mutating func integer(_ value: Int)
    mutating func guid(_ value: SampleGUID)
    /// Milliseconds since 1970 (UTC), written to the second; nil is Business Central's empty DateTime (0DT).
    mutating func dateTime(milliseconds: Int?)
    mutating func boolean(_ value: Bool)
    mutating func endRow<Destination: SampleDestination>(to destination: inout Destination) throws(Destination.Failure)
    /// Writes what is left; the table's last file is finished.
    mutating func finish<Destination: SampleDestination>(to destination: inout Destination) throws(Destination.Failure)
}

/// Writers hand their bytes over in pieces of about this size.
let sampleChunkBytes = 1 << 20

/// `yyyy-MM-dd HH:mm:ss` text of UTC times, with the separator each format puts between date and time.
enum SampleTimestamp {
    static func append(milliseconds: Int, separator: UInt8, to bytes: inout [UInt8]) {
        let seconds = milliseconds / 1000
        let date = CivilTime.civilFromDays(seconds / 86_400)
        let secondOfDay = seconds % 86_400
        digits(date.year, width: 4, to: &bytes)
        bytes.append(UInt8(ascii: "-"))
        digits(date.month, width: 2, to: &bytes)
        bytes.append(UInt8(ascii: "-"))
        digits(date.day, width: 2, to: &bytes)
        bytes.append(separator)
        digits(secondOfDay / 3600, width: 2, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        digits(secondOfDay / 60 % 60, width: 2, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        digits(secondOfDay % 60, width: 2, to: &bytes)
    }

    /// Zero-padded decimal of a non-negative value.
    static func digits(_ value: Int, width: Int, to bytes: inout [UInt8]) {
        var divisor = 1
        for _ in 1..<width { divisor *= 10 }
        var rest = value
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(rest / divisor % 10))
            rest %= divisor
            divisor /= 10
        }
    }
}
