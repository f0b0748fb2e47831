/// Excel's date-time serial numbers (days since an epoch, the time as the fraction), written as local
/// `yyyy-MM-ddTHH:mm:ss` text for the shared TimestampParser to place in the time zone of the export.
enum ExcelSerialDate {
    /// The largest serial Excel shows as a date: 9999-12-31 in the 1900 system.
    private static let largest = 2_958_465.0

    /// Appends the serial as ISO text, rounded to the nearest second; `false` (and nothing appended)
    /// for serials no date has, so the number stays as it is and a date column rejects it.
    ///
    /// The 1900 system counts 1900-01-01 as day 1 and, as Lotus 1-2-3 did, has a 1900-02-29 (day 60),
    /// which is written as such so that the parser refuses it. Day 0 is 1899-12-31 ("1900-01-00").
    /// The 1904 system counts 1904-01-01 as day 0.
    static func append(_ serial: Double, is1904: Bool, to bytes: inout [UInt8]) -> Bool {
        guard serial.isFinite, serial >= 0, serial < largest + 1 else { return false }
        let seconds = Int((serial * 86_400).rounded())
        let day = seconds / 86_400
        let date: (year: Int, month: Int, day: Int)
        if is1904 {
            date = CivilTime.civilFromDays(CivilTime.daysFromCivil(year: 1904, month: 1, day: 1) + day)
        } else if day == 60 {
            date = (1900, 2, 29)
        } else {
            let epoch = CivilTime.daysFromCivil(year: 1899, month: 12, day: day < 60 ? 31 : 30)
            date = CivilTime.civilFromDays(epoch + day)
        }
        let time = seconds % 86_400
        append(date.year, digits: 4, to: &bytes)
        bytes.append(UInt8(ascii: "-"))
        append(date.month, digits: 2, to: &bytes)
        bytes.append(UInt8(ascii: "-"))
        append(date.day, digits: 2, to: &bytes)
        bytes.append(UInt8(ascii: "T"))
        append(time / 3600, digits: 2, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        append(time / 60 % 60, digits: 2, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        append(time % 60, digits: 2, to: &bytes)
        return true
    }

    private static func append(_ value: Int, digits: Int, to bytes: inout [UInt8]) {
        var divisor = 1
        for _ in 1..<digits { divisor *= 10 }
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(value / divisor % 10))
            divisor /= 10
        }
    }
}
