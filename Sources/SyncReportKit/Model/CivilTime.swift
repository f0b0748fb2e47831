import Foundation

/// Calendar arithmetic for the proleptic Gregorian calendar without `Calendar`, which is slow on the hot path
/// (Howard Hinnant's days-from-civil algorithms).
public enum CivilTime {
    public static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    public static func civilFromDays(_ days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// `2026-11-25 14:05:27` in `timeZone`, or `2026-11-25T13:05:27Z` in UTC with `iso` set.
    public static func format(_ date: Date, in timeZone: TimeZone, iso: Bool = false) -> String {
        let offset = iso ? 0 : timeZone.secondsFromGMT(for: date)
        let seconds = Int(date.timeIntervalSince1970.rounded(.down)) + offset
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let (year, month, day) = civilFromDays(days)
        let time = seconds - days * 86_400
        // Bytes rather than interpolation: every error row and timeline event shows a time.
        var text = Array(pad(year, 4).utf8)
        text.reserveCapacity(text.count + 16)
        func append(_ separator: Unicode.Scalar, _ value: Int) {
            text.append(UInt8(ascii: separator))
            text.append(UInt8(ascii: "0") + UInt8(value / 10))
            text.append(UInt8(ascii: "0") + UInt8(value % 10))
        }
        append("-", month)
        append("-", day)
        append(iso ? "T" : " ", time / 3600)
        append(":", time / 60 % 60)
        append(":", time % 60)
        if iso { text.append(UInt8(ascii: "Z")) }
        return String(decoding: text, as: UTF8.self)
    }

    /// ISO 8601 in UTC with milliseconds, the precision Business Central keeps: where a window of rows must
    /// start exactly after the last one seen.
    public static func formatMilliseconds(_ date: Date) -> String {
        let whole = date.timeIntervalSince1970.rounded(.down)
        let milliseconds = min(999, Int(((date.timeIntervalSince1970 - whole) * 1_000).rounded()))
        let digits = String(milliseconds)
        return format(Date(timeIntervalSince1970: whole), in: .gmt, iso: true).dropLast() + "."
            + String(repeating: "0", count: 3 - digits.count) + digits + "Z"
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
