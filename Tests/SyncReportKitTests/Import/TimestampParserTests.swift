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

@Suite struct LocaleDateTests {
    private func parse(_ text: String, _ order: DateOrder) -> Date? {
        try? TimestampParser(timeZone: .gmt, order: order).parse(Array(text.utf8)[...]).get()
    }

    private static let instant = Date(timeIntervalSince1970: 1_795_611_927)

    @Test(arguments: [
        ("25.11.2026 13:05:27", DateOrder.dmy), ("25/11/2026 13:05:27", .dmy), ("25-11-2026 13:05:27", .dmy),
        ("11/25/2026 1:05:27 PM", .mdy), ("11/25/2026 1:05:27 p.m.", .mdy), ("11/25/2026 13:05:27", .mdy),
    ])
    func readsLocaleForms(text: String, order: DateOrder) {
        #expect(parse(text, order) == Self.instant)
    }

    @Test func midnightAndNoonInTwelveHourForm() {
        #expect(parse("11/25/2026 12:00 AM", .mdy) == Date(timeIntervalSince1970: 1_795_564_800))
        #expect(parse("11/25/2026 12:00 PM", .mdy) == Date(timeIntervalSince1970: 1_795_608_000))
        #expect(parse("11/25/2026 13:00 PM", .mdy) == nil)
    }

    @Test func aDateThatContradictsTheOrderIsNotADate() {
        #expect(parse("25/11/2026", .mdy) == nil)
    }

    @Test func evidenceComesFromADayAboveTwelve() {
        #expect(TimestampParser.orderEvidence(Array("25/11/2026".utf8)[...]) == .dayFirst)
        #expect(TimestampParser.orderEvidence(Array("11/25/2026 2:05 PM".utf8)[...]) == .monthFirst)
        #expect(TimestampParser.orderEvidence(Array("03/04/2026".utf8)[...]) == .undecided)
        #expect(TimestampParser.orderEvidence(Array("03-04-2026".utf8)[...]) == .undecided)
        #expect(TimestampParser.orderEvidence(Array("03.04.2026 10:00".utf8)[...]) == .dayFirst, "dots are day first")
        #expect(TimestampParser.orderEvidence(Array("2026-04-03".utf8)[...]) == nil)
    }
}

@Suite struct DateOrderDetectionTests {
    private let header = "No.,Date/Time,Error Message\n"

    @Test func oneDayAboveTwelveDecidesForTheWholeFile() throws {
        let dataset = try Importer().run([Fixtures.input("e.csv", text: header + "1,03/04/2026 10:00,a\n2,25/04/2026 10:00,b\n")])
        #expect(dataset.errors.map(\.loggedAt) == [
            Date(timeIntervalSince1970: 1_775_210_400), Date(timeIntervalSince1970: 1_777_111_200),
        ])
    }

    @Test func anUndecidedFileAsksForTheFlag() {
        #expect(throws: ImportError.ambiguousDateOrder(file: "e.csv", line: 2, column: 3, value: "03/04/2026 10:00")) {
            try Importer().run([Fixtures.input("e.csv", text: header + "1,03/04/2026 10:00,a\n")])
        }
    }

    /// A German night whose dates are all days 1 to 12 needs no flag: dotted dates are day first wherever
    /// they are written; slashes of the same days still ask.
    @Test func dottedDatesAreDayFirstWithoutTheFlag() throws {
        let dataset = try Importer().run([Fixtures.input("e.csv", text: header + "1,03.02.2026 22:10,a\n2,04.02.2026 01:00,b\n")])
        #expect(dataset.errors.map(\.loggedAt) == [
            Date(timeIntervalSince1970: 1_770_156_600), Date(timeIntervalSince1970: 1_770_166_800),
        ])
        #expect(throws: ImportError.conflictingDateOrder(
            file: "e.csv", dayFirst: SourceLocation(file: "e.csv", line: 2, column: 3),
            monthFirst: SourceLocation(file: "e.csv", line: 3, column: 3))) {
            try Importer().run([Fixtures.input("e.csv", text: header + "1,03.02.2026,a\n2,02/25/2026,b\n")])
        }
    }

    @Test func theFlagDecidesAnUndecidedFile() throws {
        let dataset = try Importer(options: ImportOptions(dateOrder: .mdy))
            .run([Fixtures.input("e.csv", text: header + "1,03/04/2026 10:00,a\n")])
        #expect(dataset.errors[0].loggedAt == Date(timeIntervalSince1970: 1_772_618_400))
    }

    @Test func mixedOrdersInOneFileAreAnError() {
        #expect(throws: ImportError.conflictingDateOrder(
            file: "e.csv", dayFirst: SourceLocation(file: "e.csv", line: 2, column: 3),
            monthFirst: SourceLocation(file: "e.csv", line: 3, column: 3))) {
            try Importer().run([Fixtures.input("e.csv", text: header + "1,25/04/2026,a\n2,04/25/2026,b\n")])
        }
    }

    @Test func isoDatesNeedNoOrder() throws {
        let dataset = try Importer().run([Fixtures.input("e.csv", text: header + "1,2026-04-03 10:00,a\n")])
        #expect(dataset.errors.count == 1)
    }
}
