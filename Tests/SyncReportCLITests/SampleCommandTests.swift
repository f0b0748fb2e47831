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

    @Test func theNewOptionsAreRead() throws {
        let command = try #require(try SyncReport.parseAsRoot([
            "sample", "--errors", "1000000", "--couplings", "100000", "--jobs", "20000", "--night", "2026-12-01",
            "--format", "xlsx", "--out", "unused",
        ]) as? Sample)
        #expect(command.couplings == 100_000)
        #expect(command.jobs == 20_000)
        #expect(command.night == "2026-12-01")
        #expect(command.format == .xlsx)
    }

    @Test(arguments: [["--jobs", "26"], ["--couplings", "-1"], ["--format", "xml"]])
    func anOutOfRangeCountOrUnknownFormatIsAUsageError(options: [String]) {
        do {
            _ = try SyncReport.parseAsRoot(["sample", "--out", "unused"] + options)
            Issue.record("\(options) was accepted")
        } catch {
            #expect(SyncReport.exitCode(for: error) == .validationFailure)
        }
    }
}
