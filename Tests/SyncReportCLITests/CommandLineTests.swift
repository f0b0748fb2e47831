import Foundation
import Testing

/// Runs the built `syncreport` binary as cron would and checks exit codes, stderr and files.
@Suite struct CommandLineTests {
    @Test func sampleIsDeterministicForASeed() throws {
        let folder = try temporaryFolder()
        for (name, seed) in [("a", "3"), ("b", "3"), ("c", "4")] {
            #expect(try run(["sample", "--seed", seed, "--out", folder.appendingPathComponent(name).path]).status == 0)
        }
        for file in ["jobs.csv", "errors.csv", "couplings.csv"] {
            let a = try Data(contentsOf: folder.appendingPathComponent("a/\(file)"))
            #expect(a == (try Data(contentsOf: folder.appendingPathComponent("b/\(file)"))))
            #expect(a != (try Data(contentsOf: folder.appendingPathComponent("c/\(file)"))))
        }
    }

    @Test func demoPublishesIntoOutputOfTheWorkingDirectory() throws {
        let folder = try temporaryFolder()
        let outcome = try run(["demo"], in: folder)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.isEmpty)
        #expect(outcome.stderr.contains("Output/index.html:"))
        let validate = try run(["validate", "Output"], in: folder)
        #expect(validate.status == 0, "\(validate.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [".Output.lock", "Output"])
    }

    @Test func generateWithRejectedRowsPublishesAndExitsOne() throws {
        let folder = try temporaryFolder()
        let errors = folder.appendingPathComponent("errors.csv")
        try Data("No.,Date/Time,Error Message\n1,2026-11-24,Account does not exist.\n2,someday,x\n".utf8).write(to: errors)
        let outcome = try run(["generate", errors.path, "--out", folder.appendingPathComponent("r").path])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("\(errors.path):3:3: warning: row rejected: Date/Time: 'someday' is not a date-time"))
    }

    /// A night without its errors export is published with its checks on stderr; `--fail-on health` turns it
    /// into exit 10 for cron, and a condition that does not hold leaves the exit status as it was.
    @Test func failOnMakesAnUnhealthyNightExitTen() throws {
        let folder = try temporaryFolder()
        let night = folder.appendingPathComponent("night")
        #expect(try run(["sample", "--errors", "40", "--out", night.path]).status == 0)
        let jobs = night.appendingPathComponent("jobs.csv").path
        let out = folder.appendingPathComponent("r").path
        let unhealthy = try run(["generate", jobs, "--out", out, "--fail-on", "new", "--fail-on", "health"])
        #expect(unhealthy.status == 10, "\(unhealthy.stderr)")
        #expect(unhealthy.stderr.contains("warning: No errors export was read, so this report cannot say which records fail."))
        #expect(unhealthy.stderr.contains("\(out)/index.html: error: --fail-on: 4 health checks to clear; the report is published"))
        #expect(FileManager.default.fileExists(atPath: out + "/index.html"))
        let firstNight = try run(["generate", jobs, "--out", folder.appendingPathComponent("s").path, "--fail-on", "new"])
        #expect(firstNight.status == 0, "\(firstNight.stderr)")
        let usage = try run(["generate", jobs, "--out", out, "--fail-on", "sometimes"])
        #expect(usage.status == 2, "\(usage.stderr)")
    }

    /// --company alone names the tenant. A file-level validation problem has no 0:0.
    @Test func companyAloneNamesTheTenantAndValidateGivesNoPositionToAWholeFile() throws {
        let folder = try temporaryFolder()
        let night = folder.appendingPathComponent("night")
        #expect(try run(["sample", "--errors", "40", "--out", night.path]).status == 0)
        let inputs = try FileManager.default.contentsOfDirectory(atPath: night.path).map { night.appendingPathComponent($0).path }
        let out = folder.appendingPathComponent("r")
        let named = try run(["generate"] + inputs + ["--out", out.path, "--company", "CRONUS AG", "--quiet"])
        #expect(named.status == 0, "\(named.stderr)")
        #expect(try String(contentsOf: out.appendingPathComponent("summary.html"), encoding: .utf8).contains("– CRONUS AG</title>"))
        try FileManager.default.removeItem(at: out.appendingPathComponent("manifest-sha256.txt"))
        let validate = try run(["validate", out.path])
        #expect(validate.status == 4)
        #expect(validate.stderr.contains("\(out.path)/manifest-sha256.txt: error: the manifest is missing"), "\(validate.stderr)")
    }

    @Test func anUnknownExportIsAnInputErrorAndPublishesNothing() throws {
        let folder = try temporaryFolder()
        let bad = folder.appendingPathComponent("bad.csv")
        try Data("Name,City\n".utf8).write(to: bad)
        let outcome = try run(["generate", bad.path, "--out", folder.appendingPathComponent("r").path])
        #expect(outcome.status == 3)
        #expect(outcome.stderr.hasPrefix("\(bad.path):1:1: error:"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("r").path))
    }

    @Test func usageErrorsExitTwo() throws {
        #expect(try run(["generate"]).status == 2)
        #expect(try run(["generate", "x.csv", "--time-zone", "Mars/Olympus"]).status == 2)
        #expect(try run(["frobnicate"]).status == 2)
    }

    @Test func helpAndVersionExitZero() throws {
        let help = try run(["generate", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("--out"))
        #expect(help.stdout.contains("--rules"))
        #expect(try run(["--version"]).status == 0)
    }

    @Test func rulesListShowsWhereEachRuleComesFromAndUserRulesReplaceDefaults() throws {
        let folder = try temporaryFolder()
        let mine = folder.appendingPathComponent("mine.yml")
        try Data("""
            rules:
              - id: wrapper.modifying-failed
                cause: unclassified
                priority: 5
                match: '^Modifying'
                action: 'Mine, for {record}.'
            """.utf8).write(to: mine)
        let list = try run(["rules", "list", "--rules", mine.path])
        #expect(list.status == 0)
        #expect(list.stdout.contains("5\twrapper.modifying-failed\tunclassified\t\(mine.path):2"))
        #expect(!list.stdout.contains("wrapper.modifying-failed\tunclassified\tdefault.yml"))
    }

    @Test func rulesTestPrintsCauseRulesGroupsAndAction() throws {
        let outcome = try run(["rules", "test", "Currency EUR must be coupled to a Dataverse Transactioncurrency record.", "--record", "Customer C1"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.hasPrefix("cause\tmissing_dependency\n"))
        #expect(outcome.stdout.contains("Customer C1"))
    }

    @Test func rulesTestTakesTheFactsTheExportsWouldState() throws {
        let outcome = try run(["rules", "test", "An unexpected error occurred.", "--fact", "changedOnBothSides=true"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.hasPrefix("cause\tconflict\nrule\tunclassified.unexpected-error > state.changed-on-both-sides\n"))
        #expect(outcome.stdout.contains("facts\tChanged in both apps since the last synchronisation: Yes\n"))
        let wrong = try run(["rules", "test", "x", "--fact", "colour=red"])
        #expect(wrong.status == 2)
        #expect(wrong.stderr.contains("--fact takes name=true or name=false"))
    }

    private func sampleInputs(in folder: URL) throws -> [String] {
        let night = folder.appendingPathComponent("night")
        #expect(try run(["sample", "--out", night.path]).status == 0)
        return ["jobs.csv", "errors.csv", "couplings.csv"].map { night.appendingPathComponent($0).path }
    }

    @Test func aBrokenPreviousReportStopsTheRunAndKeepsItPublished() throws {
        let folder = try temporaryFolder()
        let inputs = try sampleInputs(in: folder)
        let out = folder.appendingPathComponent("r")
        #expect(try run(["generate"] + inputs + ["--out", out.path]).status == 0)
        let data = out.appendingPathComponent("data.json")
        try Data("{\"schemaVersion\": 1,\n  \"records\": [}\n".utf8).write(to: data)
        let outcome = try run(["generate"] + inputs + ["--out", out.path])
        #expect(outcome.status == 3)
        #expect(outcome.stderr.hasPrefix("\(data.path):2:15: error: malformed JSON"), "\(outcome.stderr)")
        #expect(try Data(contentsOf: data) == Data("{\"schemaVersion\": 1,\n  \"records\": [}\n".utf8))
        let fresh = try run(["generate"] + inputs + ["--out", out.path, "--no-previous"])
        #expect(fresh.status == 0, "\(fresh.stderr)")
        let again = try run(["generate"] + inputs + ["--out", out.path])
        #expect(again.status == 0)
        #expect(!again.stderr.contains(" new, "), "a re-run of a first night has nothing to compare with: \(again.stderr)")
    }

    @Test func aNamedPreviousReportMustExist() throws {
        let folder = try temporaryFolder()
        let outcome = try run(["generate"] + (try sampleInputs(in: folder)) + ["--previous", folder.path, "--out", folder.appendingPathComponent("r").path])
        #expect(outcome.status == 3)
        #expect(outcome.stderr.contains("\(folder.path)/data.json: error: cannot read the file: there is no previous report's data.json there"))
        let both = try run(["generate", "jobs.csv", "--previous", folder.path, "--no-previous"])
        #expect(both.status == 2)
        let empty = try run(["generate", "jobs.csv", "--page-size", "0"])
        #expect(empty.status == 2)
        #expect(empty.stderr.contains("--page-size must be between 1 and 100000 rows, not 0."))
    }

    @Test func verifyNamesWhatChangedInABagAndExitsFour() throws {
        let folder = try temporaryFolder()
        let inputs = try sampleInputs(in: folder)
        let archive = folder.appendingPathComponent("archive")
        let outcome = try run(["generate"] + inputs + ["--out", folder.appendingPathComponent("r").path, "--archive", archive.path])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let bag = archive.appendingPathComponent(try #require(try FileManager.default.contentsOfDirectory(atPath: archive.path).first))
        #expect(try run(["verify", bag.path]).status == 0)
        try Data("x".utf8).write(to: bag.appendingPathComponent("data/inputs/jobs.csv"))
        let altered = try run(["verify", bag.path])
        #expect(altered.status == 4)
        #expect(altered.stderr.contains("\(bag.path)/data/inputs/jobs.csv: altered: its SHA-256 differs from manifest-sha256.txt's"))
        #expect(try run(["verify", folder.path]).status == 3)
        let tooLarge = try run(["generate"] + inputs + ["--out", folder.appendingPathComponent("r2").path, "--archive", archive.path, "--archive-max-files", "3"])
        #expect(tooLarge.status == 6)
        #expect(tooLarge.stderr.contains("the archive would exceed its file count limit"), "\(tooLarge.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("r2").path))
    }

    @Test func theWebClientsAddressNeedsTheCompany() throws {
        let outcome = try run(["generate", "jobs.csv", "--bc-url", "https://businesscentral.dynamics.com/t/Production/"])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("--bc-url needs --company"))
    }

    @Test func rulesCheckNamesTheMistakeAndExitsThree() throws {
        let folder = try temporaryFolder()
        let bad = folder.appendingPathComponent("bad.yml")
        try Data("rules:\n  - {id: a, cause: nope, match: 'x', action: 'y'}\n".utf8).write(to: bad)
        let outcome = try run(["rules", "check", bad.path])
        #expect(outcome.status == 3)
        #expect(outcome.stderr.hasPrefix("\(bad.path):2:"))
        #expect(outcome.stderr.contains("unknown cause 'nope'"))
    }

    @Test func validateNamesThePageLineAndColumnOfAProblem() throws {
        let folder = try temporaryFolder()
        try Data("<html>\n<p>oops</html>\n".utf8).write(to: folder.appendingPathComponent("index.html"))
        let outcome = try run(["validate", folder.path])
        #expect(outcome.status == 4)
        #expect(outcome.stderr.hasPrefix("\(folder.path)/index.html:2:"))
    }
}
