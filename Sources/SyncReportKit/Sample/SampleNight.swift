/// The calendar date on whose evening the synchronisation night starts.
/// Runs go from 20:00 on that date to 06:00 the next morning; all times are UTC, as Business Central stores them.
public struct SampleNight: Sendable, Equatable {
    public var year: Int
    public var month: Int
    public var day: Int

    /// The years a night can fall in: the dates an .xlsx package (a zip, with MS-DOS dates) can record.
    public static let years = 1980...2099

    public init(year: Int, month: Int, day: Int) {
        precondition((1...12).contains(month) && (1...31).contains(day), "SampleNight needs a valid calendar date")
        self.year = year
        self.month = month
        self.day = day
    }

    /// Reads `YYYY-MM-DD`; `nil` for other text, a day the month does not have, or a year outside `years`.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.map(\.count) == [4, 2, 2], parts.allSatisfy({ $0.allSatisfy { ("0"..."9").contains($0) } }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              Self.years.contains(year), (1...12).contains(month),
              (1...CivilTime.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    public static let `default` = SampleNight(year: 2026, month: 11, day: 24)

    /// Milliseconds since 1970-01-01T00:00Z of 20:00 UTC on the night's date, when the first run starts.
    var eveningStart: Int {
        CivilTime.daysFromCivil(year: year, month: month, day: day) * 86_400_000 + 20 * 3_600_000
    }
}
