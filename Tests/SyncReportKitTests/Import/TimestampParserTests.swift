import Foundation
import Testing
@testable import SyncReportKit

@Suite struct TimestampParserTests {
    private let utc = TimestampParser(timeZone: TimeZone(identifier: "UTC")!)

    private func parse(_ text: String, _ parser: TimestampParser? = nil) -> Date?? {
        try? (parser ?? utc).parse(Array(text.utf8)[...]).get()
    }

    @Test(arguments: [
        ("2026-11-25T13:05:27Z", 1_795_611_927.0),
        ("2026-11-25T13:05:27.500Z", 1_795_611_927.5),
        ("2026-11-25T14:05:27+01:00", 1_795_611_927.0),
        ("2026-11-25 13:05:27", 1_795_611_927.0),
        ("2026-11-25 13:05", 1_795_611_900.0),
        ("2026-11-25", 1_795_564_800.0),
    ])
    func readsISOAndLocalForms(text: String, seconds: Double) {
        #expect(parse(text) == .some(Date(timeIntervalSince1970: seconds)))
    }

    @Test func emptyDateTimesAreNil() {
        #expect(parse("") == .some(nil))
        #expect(parse("0001-01-01T00:00:00Z") == .some(nil))
    }

    @Test func localTimesUseTheTimeZone() {
        let berlin = TimestampParser(timeZone: TimeZone(identifier: "Europe/Berlin")!)
        #expect(parse("2026-11-25 14:05:27", berlin) == .some(Date(timeIntervalSince1970: 1_795_611_927)))
        #expect(parse("2026-07-25 15:05:27", berlin) == .some(Date(timeIntervalSince1970: 1_784_984_727)))
    }

    @Test(arguments: ["25/11/2026", "2026-13-01", "2026-02-30", "2026-11-25T25:00", "yesterday"])
    func rejectsWhatIsNotADate(text: String) {
        let result = utc.parse(Array(text.utf8)[...])
        #expect(throws: FieldProblem.self) { try result.get() }
    }

    @Test func formatsBackInUTCAndInAZone() {
        let date = Date(timeIntervalSince1970: 1_795_611_927)
        #expect(CivilTime.format(date, in: .gmt, iso: true) == "2026-11-25T13:05:27Z")
        #expect(CivilTime.format(date, in: TimeZone(identifier: "Europe/Berlin")!) == "2026-11-25 14:05:27")
    }
}
