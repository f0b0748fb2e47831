import Foundation
import Testing

/// Text that people or other programs put into exports and options, run through the binary as cron runs it:
/// none of it may drive the terminal or become a link the report did not mean.
@Suite struct HostileInputTests {
    @Test(arguments: ["javascript:alert(1)//", "data:text/html,<script>alert(1)</script>", "file:///etc/passwd",
                      "https://intranet.example/sync/\u{202E}lmth.exe", "https://intranet.example/a b/"])
    func anAddressOtherThanHTTPNeverBecomesALink(address: String) throws {
        let folder = try temporaryFolder()
        let report = try run(["generate", "jobs.csv", "--report-url", address], in: folder)
        #expect(report.status == 2)
        #expect(report.stderr.contains("--report-url must be"))
        let webClient = try run(["generate", "jobs.csv", "--bc-url", address, "--company", "CRONUS"], in: folder)
        #expect(webClient.status == 2)
        #expect(webClient.stderr.contains("--bc-url must be"))
    }

    @Test func terminalControlsFromAnExportAreShownNotObeyed() throws {
        let folder = try temporaryFolder()
        let errors = folder.appendingPathComponent("errors.csv")
        // An OSC 8 link, a screen clear and a bidi override in a rejected row's date.
        let hostile = "\u{1B}]8;;https://evil.example\u{7}click\u{1B}]8;;\u{7}\u{1B}[2J\u{202E}"
        try Data("No.,Date/Time,Error Message\n1,2026-11-24,Account does not exist.\n2,\(hostile),x\n".utf8).write(to: errors)
        let outcome = try run(["generate", errors.path, "--out", folder.appendingPathComponent("r").path])
        #expect(outcome.status == 1)
        #expect(!outcome.stderr.contains("\u{1B}"))
        #expect(!outcome.stderr.contains("\u{202E}"))
        #expect(outcome.stderr.contains(#"\u{1B}]8;;https://evil.example\u{7}click"#))
        #expect(outcome.stderr.contains(#"\u{1B}[2J\u{202E}"#))
    }

    @Test func aRuleThatBacktracksWithoutBoundGivesUpAndSaysSo() throws {
        let folder = try temporaryFolder()
        let rules = folder.appendingPathComponent("user.yml")
        try Data("version: 1\nrules:\n  - {id: greedy, cause: validation, priority: 10, match: '^(\\w+\\s?)+$', action: 'x'}\n".utf8)
            .write(to: rules)
        let outcome = try run(["rules", "test", String(repeating: "word", count: 11) + "!", "--rules", rules.path])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("cause\tunclassified"))
        #expect(outcome.stdout.contains("gave up\tgreedy\t"))
    }
}

/// SIGTERM from cron's timeout and SIGINT from Ctrl-C: the run stops, removes its staging folder and leaves
/// the published report as it was.
// A hang guard within CI's 90 minutes: the limit also counts the time a test waits for a thread while the
// other tests run, which passed 10 minutes on a busy two-core host.
@Suite(.timeLimit(.minutes(45))) struct SignalTests {
    @Test(arguments: [SIGTERM, SIGINT])
    func aSignalledRunRemovesItsStagingAndKeepsTheReport(signal: Int32) throws {
        let folder = try temporaryFolder()
        let night = folder.appendingPathComponent("night")
        let sample = try run(["sample", "--errors", "20000", "--seed", "3", "--out", night.path])
        #expect(sample.status == 0, "\(sample.stderr)")
        let inputs = try FileManager.default.contentsOfDirectory(atPath: night.path).sorted().map { night.appendingPathComponent($0).path }
        let out = folder.appendingPathComponent("r")
        #expect(try run(["generate"] + inputs + ["--out", out.path]).status == 0)
        let manifest = try Data(contentsOf: out.appendingPathComponent("manifest-sha256.txt"))
        let process = Process()
        process.executableURL = syncreportBinary
        process.arguments = ["generate"] + inputs + ["--out", out.path, "--quiet"]
        try process.run()
        // Signalled once its staging folder holds pages.
        func staging() -> [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasPrefix(".r.staging-") }
        }
        let deadline = Date().addingTimeInterval(120)
        while process.isRunning, Date() < deadline {
            if let name = staging().first,
               (try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(name).path))?.isEmpty == false {
                break
            }
            usleep(10_000)
        }
        try #require(process.isRunning, "the run ended before its staging folder held pages")
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 128 + signal)
        #expect(staging().isEmpty)
        #expect(try Data(contentsOf: out.appendingPathComponent("manifest-sha256.txt")) == manifest)
        #expect(try run(["validate", out.path]).status == 0)
    }
}

/// SIGKILL can come at any moment (the OOM killer, a host going down): whenever it comes, the folder holds the
/// previous report byte for byte or the complete new one, and the next run cleans up and publishes. Each kill
/// falls on a run that publishes the other of two nights, so the two outcomes are told apart. CI kills a
/// 10,000-error night: at 20,000, debug runs beside the other tests took 43 s each on a busy host, 18 minutes
/// for the test's 25 runs. `SYNCREPORT_KILL_ERRORS=100000
/// SYNCREPORT_BINARY=.build/release/syncreport swift test --filter KillTests` kills a large one.
// A hang guard within CI's 90 minutes: the limit also counts the time a test waits for a thread while the
// other tests run, which passed 10 minutes on a busy two-core host.
@Suite(.timeLimit(.minutes(45))) struct KillTests {
    private static let errors = ProcessInfo.processInfo.environment["SYNCREPORT_KILL_ERRORS"].flatMap(Int.init) ?? 10_000

    @Test func aRunKilledAtTwentyMomentsLeavesOneWholeReport() throws {
        let folder = try temporaryFolder()
        let out = folder.appendingPathComponent("r")
        let archive = folder.appendingPathComponent("archive")
        // Without a previous report every run of the same inputs makes the same bytes.
        let runs = try [5, 6].map { seed in
            let night = folder.appendingPathComponent("night-\(seed)")
            #expect(try run(["sample", "--errors", "\(Self.errors)", "--seed", "\(seed)", "--out", night.path]).status == 0)
            let inputs = try FileManager.default.contentsOfDirectory(atPath: night.path).sorted().map { night.appendingPathComponent($0).path }
            return ["generate"] + inputs + ["--out", out.path, "--archive", archive.path, "--no-previous", "--quiet"]
        }
        let manifestPath = out.appendingPathComponent("manifest-sha256.txt")
        var manifests: [Data] = []
        var durations: [TimeInterval] = []
        // Timed the second time round, as the killed runs go: replacing a report, their bag already kept.
        for round in 0..<2 {
            for arguments in runs {
                let start = Date()
                #expect(try run(arguments).status == 0)
                if round == 1 { durations.append(Date().timeIntervalSince(start)) } else { manifests.append(try Data(contentsOf: manifestPath)) }
            }
        }
        #expect(manifests[0] != manifests[1])
        var outcomes = (previous: 0, new: 0)
        for moment in 1...20 {
            // The folder holds night 1 or night 0; the killed run publishes the other one.
            let held = try manifests.firstIndex(of: Data(contentsOf: manifestPath)) ?? 1
            let publishing = 1 - held
            let process = Process()
            process.executableURL = syncreportBinary
            process.arguments = runs[publishing]
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(useconds_t(durations[publishing] * Double(moment) / 21 * 1_000_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let now = try Data(contentsOf: manifestPath)
            #expect(now == manifests[held] || now == manifests[publishing], "killed at \(moment)/21")
            if now == manifests[held] { outcomes.previous += 1 } else { outcomes.new += 1 }
            #expect(try run(["validate", out.path]).status == 0, "killed at \(moment)/21")
        }
        print("KillTests: \(Self.errors) errors, runs of \(durations.map { String(format: "%.1f", $0) }) s, 20 kills: \(outcomes.previous) left the previous report, \(outcomes.new) the new one")
        #expect(outcomes.previous > 0, "kills before publishing were tried")
        #expect(try run(runs[0]).status == 0)
        #expect(try Data(contentsOf: manifestPath) == manifests[0])
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".staging-") || $0.contains(".previous") }
        #expect(left.isEmpty, "\(left)")
        let partial = try FileManager.default.contentsOfDirectory(atPath: archive.path).filter { $0.contains(".partial-") }
        #expect(partial.isEmpty, "\(partial)")
    }
}
