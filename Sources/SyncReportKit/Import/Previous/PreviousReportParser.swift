import Foundation

/// Reads what the history needs from a published `data.json` and skips the rest unread, so a night of a
/// million errors costs a scan, not a decode. Problems are reported at their line and column.
struct PreviousReportParser {
    private var scanner: JSONScanner

    init(bytes: [UInt8], file: String) {
        scanner = JSONScanner(bytes: bytes, file: file)
    }

    consuming func parse() throws(ImportError) -> PreviousReport {
        var report = PreviousReport(
            file: scanner.file, night: nil, wasCompared: false, comparedWith: nil, history: [], failing: nil, fixed: [])
        var version: Int?
        guard scanner.peekToken() == UInt8(ascii: "{") else {
            throw scanner.failure(expected: "a report object {\"schemaVersion\": 1, ...}")
        }
        let start = scanner.position
        try members { parser, key throws(ImportError) in
            switch key {
            case "schemaVersion":
                _ = parser.scanner.peekToken()
                let at = parser.scanner.position
                let found = try parser.integer()
                guard found == PreviousReport.schemaVersion else {
                    throw parser.problem(at: at, "schema version \(found) is not one this version of syncreport reads (\(PreviousReport.schemaVersion)); pass --no-previous to start the history afresh")
                }
                version = found
            case "night": report.night = try parser.optionalDate()
            case "coveredUntil": report.coverage = try parser.coverage()
            case "changes": (report.wasCompared, report.comparedWith) = try parser.changes()
            case "history": report.history = try parser.array { parser throws(ImportError) in try parser.night() }
            case "records": report.failing = try parser.array { parser throws(ImportError) in try parser.record() }
            case "fixed": report.fixed = try parser.array { parser throws(ImportError) in try parser.record() }
            case "mappingsRun": report.mappingsRun = try parser.array { parser throws(ImportError) in try parser.string() }
            default: try parser.scanner.skipValue()
            }
        }
        guard scanner.peekToken() == nil else { throw scanner.failure(expected: "the end of the file after the report") }
        guard version != nil else { throw problem(at: start, "this is not a syncreport data.json: it has no schemaVersion") }
        return report
    }

    // MARK: Members

    private mutating func night() throws(ImportError) -> NightTotals {
        var night: String?
        var errors: Int?
        var failing: Int?
        let start = scanner.position
        try members { parser, key throws(ImportError) in
            switch key {
            case "night": night = try parser.date()
            case "errors": errors = try parser.integer(in: Self.counts)
            case "failingRecords": failing = try parser.integer(in: Self.counts)
            default: try parser.scanner.skipValue()
            }
        }
        guard let night, let errors, let failing else {
            throw problem(at: start, "a night of the history needs night, errors and failingRecords")
        }
        return NightTotals(night: night, errors: errors, failingRecords: failing)
    }

    private mutating func record() throws(ImportError) -> TrackedRecord {
        var record = TrackedRecord(key: "", name: "", failingSince: nil, nights: 0, status: nil)
        var hasKey = false
        let start = scanner.position
        try members { parser, key throws(ImportError) in
            switch key {
            case "record":
                record.key = try parser.string()
                hasKey = true
            case "name": record.name = try parser.string()
            case "failingSince": record.failingSince = try parser.optionalDate()
            case "nights": record.nights = try parser.integer(in: Self.nights)
            case "status":
                _ = parser.scanner.peekToken()
                let at = parser.scanner.position
                let text = try parser.optionalString()
                record.status = try text.map { text throws(ImportError) in
                    guard let status = TrackedRecord.Status(rawValue: text) else {
                        throw parser.problem(at: at, "status '\(text)' is neither new nor stillFailing")
                    }
                    return status
                }
            default: try parser.scanner.skipValue()
            }
        }
        guard hasKey, record.nights > 0 else { throw problem(at: start, "a record needs its record key and its number of nights") }
        return record
    }

    /// `changes`: null when that report compared nothing, else the night it compared with.
    private mutating func changes() throws(ImportError) -> (wasCompared: Bool, night: String?) {
        guard scanner.peekToken() == UInt8(ascii: "{") else {
            guard scanner.peekToken() == UInt8(ascii: "n") else { throw scanner.failure(expected: "an object or null") }
            _ = try scanner.scalar()
            return (false, nil)
        }
        var night: String?
        try members { parser, key throws(ImportError) in
            if key == "previousNight" { night = try parser.optionalDate() } else { try parser.scanner.skipValue() }
        }
        return (true, night)
    }

    /// Bounds that keep a tampered file from overflowing the arithmetic on nights and counts.
    private static let nights = 1...100_000
    private static let counts = 0...1_000_000_000_000

    // MARK: Values

    /// Calls `member` for each key of the object at the cursor, with the cursor on its value.
    private mutating func members(_ member: (inout PreviousReportParser, String) throws(ImportError) -> Void) throws(ImportError) {
        guard scanner.peekToken() == UInt8(ascii: "{") else { throw scanner.failure(expected: "an object") }
        scanner.advance()
        if scanner.peekToken() == UInt8(ascii: "}") {
            scanner.advance()
            return
        }
        repeat {
            let span = try scanner.memberKey()
            let key = String(decoding: scanner.text(span), as: UTF8.self)
            try member(&self, key)
        } while try scanner.endOfMember(UInt8(ascii: "}"), in: "an object")
    }

    private mutating func array<Element>(_ element: (inout PreviousReportParser) throws(ImportError) -> Element) throws(ImportError) -> [Element] {
        guard scanner.peekToken() == UInt8(ascii: "[") else { throw scanner.failure(expected: "an array") }
        scanner.advance()
        var elements: [Element] = []
        if scanner.peekToken() == UInt8(ascii: "]") {
            scanner.advance()
            return elements
        }
        repeat {
            elements.append(try element(&self))
        } while try scanner.endOfMember(UInt8(ascii: "]"), in: "an array")
        return elements
    }

    private mutating func string() throws(ImportError) -> String {
        guard scanner.peekToken() == UInt8(ascii: "\"") else { throw scanner.failure(expected: "a string") }
        // Two steps: `scanner.text` would otherwise see the scanner as it was before the string was decoded.
        let span = try scanner.string()
        return String(decoding: scanner.text(span), as: UTF8.self)
    }

    private mutating func optionalString() throws(ImportError) -> String? {
        guard scanner.peekToken() == UInt8(ascii: "\"") else {
            guard scanner.peekToken() == UInt8(ascii: "n") else { throw scanner.failure(expected: "a string or null") }
            _ = try scanner.scalar()
            return nil
        }
        return try string()
    }

    /// A night's date as data.json writes it, `YYYY-MM-DD`; anything else would sort among the dates wrongly.
    private mutating func date() throws(ImportError) -> String {
        _ = scanner.peekToken()
        let at = scanner.position
        let text = try string()
        guard text.wholeMatch(of: /[0-9]{4}-[0-9]{2}-[0-9]{2}/) != nil else {
            throw problem(at: at, "'\(text.prefix(40))' is not a night's date (YYYY-MM-DD)")
        }
        return text
    }

    private mutating func optionalDate() throws(ImportError) -> String? {
        guard scanner.peekToken() == UInt8(ascii: "n") else { return try date() }
        _ = try scanner.scalar()
        return nil
    }

    /// `coveredUntil`: `{"errors": time or null, "jobs": time or null}`.
    private mutating func coverage() throws(ImportError) -> Coverage {
        var coverage = Coverage(jobs: nil, errors: nil)
        try members { parser, key throws(ImportError) in
            switch key {
            case "jobs": coverage.jobs = try parser.optionalTime()
            case "errors": coverage.errors = try parser.optionalTime()
            default: try parser.scanner.skipValue()
            }
        }
        return coverage
    }

    /// A UTC time as data.json writes it (2026-12-03T02:13:05.250Z), or null.
    private mutating func optionalTime() throws(ImportError) -> Date? {
        guard scanner.peekToken() != UInt8(ascii: "n") else {
            _ = try scanner.scalar()
            return nil
        }
        let at = scanner.position
        let span = try scanner.string()
        guard case .success(let time?) = Self.utc.parse(scanner.text(span)), scanner.text(span).last == UInt8(ascii: "Z") else {
            throw problem(at: at, "'\(String(decoding: scanner.text(span).prefix(40), as: UTF8.self))' is not a UTC time such as 2026-12-03T02:13:05.250Z")
        }
        return time
    }

    private static let utc = TimestampParser(timeZone: .gmt, order: nil)

    private mutating func integer(in range: ClosedRange<Int>) throws(ImportError) -> Int {
        _ = scanner.peekToken()
        let at = scanner.position
        let value = try integer()
        guard range.contains(value) else { throw problem(at: at, "\(value) is not between \(range.lowerBound) and \(range.upperBound)") }
        return value
    }

    private mutating func integer() throws(ImportError) -> Int {
        guard let byte = scanner.peekToken(), byte == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else {
            throw scanner.failure(expected: "a whole number")
        }
        let at = scanner.position
        let span = try scanner.scalar()
        guard let value = Int(String(decoding: scanner.text(span), as: UTF8.self)) else {
            throw scanner.failure(at: at, expected: "a whole number")
        }
        return value
    }

    private func problem(at offset: Int, _ reason: String) -> ImportError {
        let (line, column) = TextDecoding.place(of: offset, in: scanner.bytes)
        return .previousReport(file: scanner.file, line: line, column: column, reason: reason)
    }
}
