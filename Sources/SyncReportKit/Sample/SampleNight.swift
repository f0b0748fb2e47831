/// The calendar date on whose evening the synchronisation night starts.
/// Runs go from 20:00 on that date to 06:00 the next morning; all times are UTC, as Business Central stores them.
public struct SampleNight: Sendable, Equatable {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        precondition((1...12).contains(month) && (1...31).contains(day), "SampleNight needs a valid calendar date")
        self.year = year
        self.month = month
        self.day = day
    }

    public static let `default` = SampleNight(year: 2026, month: 11, day: 24)

    /// Milliseconds since 1970-01-01T00:00Z of 20:00 UTC on the night's date, when the first run starts.
    var eveningStart: Int {
        CivilTime.daysFromCivil(year: year, month: month, day: day) * 86_400_000 + 20 * 3_600_000
    }
}
