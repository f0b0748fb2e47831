import Foundation
import Testing
@testable import SyncReportKit

@Suite struct SampleNightTests {
    private func night(_ generator: SampleGenerator) throws -> Dataset {
        try Importer().run(generator.files().map { InputFile(name: $0.name, bytes: $0.contents) })
    }

    @Test func anotherNightMovesEveryTimeByWholeDays() throws {
        let first = try night(SampleGenerator(seed: 2, errors: 300))
        let later = try night(SampleGenerator(seed: 2, errors: 300, night: try #require(SampleNight("2027-03-02"))))
        let days = Double(
            CivilTime.daysFromCivil(year: 2027, month: 3, day: 2) - CivilTime.daysFromCivil(year: 2026, month: 11, day: 24))
        func moved(_ date: Date?) -> Date? { date?.addingTimeInterval(days * 86_400) }
        #expect(first.jobs.map { job in
            var job = job
            job.start = moved(job.start)
            job.finish = moved(job.finish)
            return job
        } == later.jobs)
        #expect(first.errors.map { error in
            var error = error
            error.loggedAt = moved(error.loggedAt)
            return error
        } == later.errors)
        #expect(first.couplings.map { coupling in
            var coupling = coupling
            coupling.lastSynchModifiedOn = moved(coupling.lastSynchModifiedOn)
            coupling.lastSynchCRMModifiedOn = moved(coupling.lastSynchCRMModifiedOn)
            return coupling
        } == later.couplings)
        #expect(first.jobs.first?.start != later.jobs.first?.start)
    }

    @Test(arguments: [
        "2026-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "26-11-24", "2026-1-5", "+026-11-24", "2026-11-24T20:00",
        "1979-12-31", "2100-01-01", "", "tomorrow",
    ])
    func aTextThatIsNoNightIsRefused(text: String) {
        #expect(SampleNight(text) == nil)
    }

    @Test func aNightIsReadFromItsDate() {
        #expect(SampleNight("2028-02-29") == SampleNight(year: 2028, month: 2, day: 29))
        #expect(SampleNight("1980-01-01") == SampleNight(year: 1980, month: 1, day: 1))
    }
}
