import Foundation

/// Reads the date-times exports carry:
/// - ISO 8601 with `Z` or an offset, as OData writes them, and `yyyy-MM-dd[ HH:mm[:ss]]` without one;
/// - locale forms from Excel and the web client: `25.11.2026 14:05:27`, `25/11/2026`, `11/25/2026 2:05:27 PM`,
///   `25-11-2026 14:05`, whose day/month order is `order`.
/// Times without an offset are local times in `timeZone`. Business Central's empty DateTime
/// (`0001-01-01T00:00:00Z`) and blanks are `nil`.
struct TimestampParser: Sendable {
    let timeZone: TimeZone
    /// Needed only for locale forms; `TableImport` settles it from the data or the `--date-order` flag.
    var order: DateOrder?

    static let expected = "date-time like 2026-11-25 14:05:27 or 25.11.2026 14:05"

    func parse(_ bytes: ArraySlice<UInt8>) -> Result<Date?, FieldProblem> {
        let slice = FieldValue.trimmed(bytes)
        if slice.isEmpty { return .success(nil) }
        guard let parts = Self.scan(slice) else { return .failure(.notA(Self.expected, bytes)) }
        let day: Int, month: Int
        switch parts.date {
        case .yearFirst(let m, let d):
            (month, day) = (m, d)
        case .localized(let first, let second, _):
            guard let order else { return .failure(FieldProblem(reason: "the day/month order of dates is not known")) }
            (day, month) = order == .dmy ? (first, second) : (second, first)
        }
        guard parts.year >= 1, (1...12).contains(month), (1...CivilTime.daysIn(month: month, year: parts.year)).contains(day) else {
            return .failure(.notA(Self.expected + (order.map { " (\($0.rawValue) order)" } ?? ""), bytes))
        }
        if parts.year == 1 && month == 1 && day == 1 { return .success(nil) }
        let wallClock = Double(CivilTime.daysFromCivil(year: parts.year, month: month, day: day) * 86_400
            + parts.hour * 3600 + parts.minute * 60) + parts.second
        if let offset = parts.offset { return .success(Date(timeIntervalSince1970: wallClock - Double(offset))) }
        return .success(localToUTC(wallClock))
    }

    /// What a value says about the day/month order: `nil` when it says nothing (ISO, blank, not a date). Dots
    /// say day first: every locale that writes `03.02.2026` (German, Danish, Norwegian, Finnish, Russian,
    /// Czech, Polish and more) puts the day first, so a night of days 1 to 12 needs no flag.
    static func orderEvidence(_ bytes: ArraySlice<UInt8>) -> OrderEvidence? {
        guard case .localized(let first, let second, let dotted)? = scan(FieldValue.trimmed(bytes))?.date else { return nil }
        switch (first > 12, second > 12) {
        case (true, false): return .dayFirst
        case (false, true): return .monthFirst
        case (false, false) where dotted: return .dayFirst
        default: return .undecided
        }
    }

    enum OrderEvidence: Equatable {
        case dayFirst, monthFirst, undecided
    }

    /// A wall-clock time in `timeZone`; the second lookup settles times next to a DST change.
    private func localToUTC(_ wallClock: Double) -> Date {
        let guess = Date(timeIntervalSince1970: wallClock)
        let first = Date(timeIntervalSince1970: wallClock - Double(timeZone.secondsFromGMT(for: guess)))
        return Date(timeIntervalSince1970: wallClock - Double(timeZone.secondsFromGMT(for: first)))
    }

    private struct Parts {
        enum DateOrderParts {
            case yearFirst(month: Int, day: Int)
            case localized(first: Int, second: Int, dotted: Bool)
        }

        var year: Int
        var date: DateOrderParts
        var hour = 0
        var minute = 0
        var second = 0.0
        var offset: Int?
    }

    /// The syntax only; ranges are checked once the order is known.
    private static func scan(_ slice: ArraySlice<UInt8>) -> Parts? {
        var scanner = DigitScanner(bytes: slice)
        var parts: Parts
        if let year = scanner.number(digits: 4) {
            guard scanner.skip("-"), let month = scanner.number(digits: 2), scanner.skip("-"),
                  let day = scanner.number(digits: 2)
            else { return nil }
            parts = Parts(year: year, date: .yearFirst(month: month, day: day))
        } else {
            guard let first = scanner.number(maxDigits: 2), let separator = scanner.separator(),
                  let second = scanner.number(maxDigits: 2), scanner.skip(separator),
                  let year = scanner.number(digits: 4)
            else { return nil }
            parts = Parts(year: year, date: .localized(first: first, second: second, dotted: separator == "."))
        }
        guard scanner.skip("T") || scanner.skip(" ") else { return scanner.isAtEnd ? parts : nil }
        while scanner.skip(" ") {}
        guard let hour = scanner.number(maxDigits: 2), scanner.skip(":"), let minute = scanner.number(digits: 2),
              minute < 60
        else { return nil }
        parts.minute = minute
        if scanner.skip(":") {
            guard let second = scanner.number(digits: 2), second < 61 else { return nil }
            parts.second = Double(second) + scanner.fraction()
        }
        while scanner.skip(" ") {}
        if let isPM = scanner.meridiem() {
            guard (1...12).contains(hour) else { return nil }
            parts.hour = hour % 12 + (isPM ? 12 : 0)
        } else {
            guard hour < 24 else { return nil }
            parts.hour = hour
        }
        if scanner.skip("Z") || scanner.skip("z") {
            parts.offset = 0
        } else if let sign = scanner.sign() {
            guard let h = scanner.number(digits: 2), h <= 14 else { return nil }
            _ = scanner.skip(":")
            let m = scanner.number(digits: 2) ?? 0
            guard m < 60 else { return nil }
            parts.offset = sign * (h * 3600 + m * 60)
        }
        return scanner.isAtEnd ? parts : nil
    }
}

/// A cursor over ASCII date-time text.
private struct DigitScanner {
    let bytes: ArraySlice<UInt8>
    var index: Int

    init(bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        index = bytes.startIndex
    }

    var isAtEnd: Bool { index == bytes.endIndex }

    mutating func skip(_ character: Unicode.Scalar) -> Bool {
        guard index < bytes.endIndex, bytes[index] == UInt8(character.value) else { return false }
        index += 1
        return true
    }

    /// Exactly `digits` digits (a compact offset like `+0530` is two such numbers back to back).
    mutating func number(digits: Int) -> Int? {
        guard bytes.endIndex - index >= digits else { return nil }
        var value = 0
        for offset in 0..<digits {
            guard let digit = Self.digit(bytes[index + offset]) else { return nil }
            value = value * 10 + digit
        }
        index += digits
        return value
    }

    /// One to `maxDigits` digits, not followed by another digit.
    mutating func number(maxDigits: Int) -> Int? {
        let start = index
        var value = 0
        while index < bytes.endIndex, index - start <= maxDigits, let digit = Self.digit(bytes[index]) {
            value = value * 10 + digit
            index += 1
        }
        guard index > start, index - start <= maxDigits else {
            index = start
            return nil
        }
        return value
    }

    mutating func separator() -> Unicode.Scalar? {
        for candidate: Unicode.Scalar in [".", "/", "-"] where skip(candidate) { return candidate }
        return nil
    }

    mutating func fraction() -> Double {
        guard skip(".") || skip(",") else { return 0 }
        var value = 0.0
        var scale = 0.1
        while index < bytes.endIndex, let digit = Self.digit(bytes[index]) {
            value += Double(digit) * scale
            scale /= 10
            index += 1
        }
        return value
    }

    mutating func sign() -> Int? {
        if skip("+") { return 1 }
        if skip("-") { return -1 }
        return nil
    }

    /// `AM`/`PM` in any case, with or without dots; `true` for PM.
    mutating func meridiem() -> Bool? {
        guard index < bytes.endIndex else { return nil }
        let letter = bytes[index] | 0x20
        guard letter == UInt8(ascii: "a") || letter == UInt8(ascii: "p") else { return nil }
        let start = index
        index += 1
        _ = skip(".")
        guard index < bytes.endIndex, bytes[index] | 0x20 == UInt8(ascii: "m") else {
            index = start
            return nil
        }
        index += 1
        _ = skip(".")
        return letter == UInt8(ascii: "p")
    }

    private static func digit(_ byte: UInt8) -> Int? {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") ? Int(byte - UInt8(ascii: "0")) : nil
    }
}
