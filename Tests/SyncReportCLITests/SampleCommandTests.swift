import ArgumentParser
import Testing
@testable import syncreport

/// How `syncreport sample` reads its options; what it writes is SampleGeneratorTests' business.
@Suite struct SampleCommandTests {
    @Test(arguments: ["2026-02-30", "24.11.2026", "2026-11-24T20:00", "1979-12-31"])
    func aNightThatIsNoDateIsAUsageError(night: String) {
        do {
            _ = try SyncReport.parseAsRoot(["sample", "--night", night, "--out", "unused"])
            Issue.record("--night \(night) was accepted")
        } catch {
            #expect(SyncReport.exitCode(for: error) == .validationFailure)
            #expect(SyncReport.message(for: error).contains(
                "--night must be a date written YYYY-MM-DD, such as 2026-11-24, from 1980 to 2099; '\(night)' is not."))
        }
    }
}
