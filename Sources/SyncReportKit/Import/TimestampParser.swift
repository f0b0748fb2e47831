import Foundation

/// Reads the date-times exports carry: ISO 8601 with `Z` or an offset (OData), and
/// `yyyy-MM-dd HH:mm[:ss]` local times, which `timeZone` places on the time line.
/// Business Central's empty DateTime (`0001-01-01T00:00:00Z`) and blanks are `nil`.
struct TimestampParser: Sendable {
    let timeZone: TimeZone

    func parse(_ bytes: ArraySlice<UInt8>) -> Result<Date?, FieldProblem> {
        let slice = FieldValue.trimmed(bytes)
        if slice.isEmpty { return .success(nil) }
        var scanner = DigitScanner(bytes: slice)
        guard let year = scanner.number(digits: 4), scanner.skip("-"),
              let month = scanner.number(digits: 2), scanner.skip("-"),
              let day = scanner.number(digits: 2),
              (1...12).contains(month), (1...CivilTime.daysIn(month: month, year: year)).contains(day)
        else { return .failure(.notA("date-time like 2026-11-25 14:05:00", bytes)) }
        if year == 1 && month == 1 && day == 1 { return .success(nil) }
        var hour = 0, minute = 0, second = 0.0
        if scanner.skip("T") || scanner.skip(" ") {
            guard let h = scanner.number(digits: 2), scanner.skip(":"), let m = scanner.number(digits: 2),
                  h < 24, m < 60
            else { return .failure(.notA("date-time like 2026-11-25 14:05:00", bytes)) }
            hour = h
            minute = m
            if scanner.skip(":") {
                guard let s = scanner.number(digits: 2), s < 61 else {
                    return .failure(.notA("date-time like 2026-11-25 14:05:00", bytes))
                }
                second = Double(s) + scanner.fraction()
            }
        }
        let offset: Int?
        if scanner.isAtEnd {
            offset = nil
        } else if scanner.skip("Z") || scanner.skip("z") {
            offset = 0
        } else if let sign = scanner.sign(), let h = scanner.number(digits: 2) {
            _ = scanner.skip(":")
            let m = scanner.number(digits: 2) ?? 0
            offset = sign * (h * 3600 + m * 60)
        } else {
            return .failure(.notA("date-time like 2026-11-25 14:05:00", bytes))
        }
        guard scanner.isAtEnd else { return .failure(.notA("date-time like 2026-11-25 14:05:00", bytes)) }
        let wallClock = Double(CivilTime.daysFromCivil(year: year, month: month, day: day) * 86_400
            + hour * 3600 + minute * 60) + second
        if let offset { return .success(Date(timeIntervalSince1970: wallClock - Double(offset))) }
        return .success(localToUTC(wallClock))
    }

    /// A wall-clock time in `timeZone`; the second lookup settles times next to a DST change.
    private func localToUTC(_ wallClock: Double) -> Date {
        let guess = Date(timeIntervalSince1970: wallClock)
        let first = Date(timeIntervalSince1970: wallClock - Double(timeZone.secondsFromGMT(for: guess)))
        return Date(timeIntervalSince1970: wallClock - Double(timeZone.secondsFromGMT(for: first)))
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

    mutating func number(digits: Int) -> Int? {
        guard bytes.endIndex - index >= digits else { return nil }
        var value = 0
        for offset in 0..<digits {
            let byte = bytes[index + offset]
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        index += digits
        return value
    }

    mutating func fraction() -> Double {
        guard skip(".") || skip(",") else { return 0 }
        var value = 0.0
        var scale = 0.1
        while index < bytes.endIndex, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") {
            value += Double(bytes[index] - UInt8(ascii: "0")) * scale
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
}
