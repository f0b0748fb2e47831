import Foundation
import Synchronization
import Testing

/// Runs the same night through separate `syncreport` processes, as repeated and overlapping cron jobs would,
/// and checks what must hold whatever the pages look like.
@Suite struct RepeatedRunTests {
    // MARK: Reproducibility

    @Test func twoProcessesPublishTheSameBytesFromTheSameNight() throws {
        let folder = try temporaryFolder()
        let night = folder.appendingPathComponent("night")
        let sample = try run(["sample", "--seed", "5", "--errors", "1500", "--out", night.path])
        try #require(sample.status == 0, "\(sample.stderr)")
        let inputs = ["jobs.csv", "errors.csv", "couplings.csv"].map { night.appendingPathComponent($0).path }
        // Only SOURCE_DATE_EPOCH may put a time into the report, and a build machine may have it set.
        let environment = ProcessInfo.processInfo.environment.filter { $0.key != "SOURCE_DATE_EPOCH" }
        let reports = try ["a", "b"].map { name -> [String: Data] in
            // The summary names the --out folder as given, so both runs get the same relative one, each in its own working folder.
            let working = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: working, withIntermediateDirectories: false)
            let outcome = try run(["generate"] + inputs + ["--out", "report"], in: working, environment: environment)
            try #require(outcome.status == 0, "\(outcome.stderr)")
            return try files(in: working.appendingPathComponent("report"))
        }
        // Two empty folders would compare equal.
        try #require(reports[0].count > 1)
        let difference = firstDifference(reports[0], reports[1])
        #expect(difference == nil, "two runs of the same night must publish the same files with the same bytes")
        // Two reports are some 20 MB; differing ones stay for a look.
        if difference == nil { try FileManager.default.removeItem(at: folder) }
    }

    // MARK: Concurrency

    /// libxml2 2.9 fills its schema type tables without a lock the first time a schema is compiled, so two threads
    /// compiling the RELAX NG schema at once made a run of a valid night fail with exit 4 now and then; hundreds of
    /// overlapping runs on a report large enough to be checked on several threads show it.
    @Test func hundredsOfOverlappingRunsOnAThousandPageReportAllSucceed() throws {
        let folder = try temporaryFolder()
        let (inputs, report, pages) = try thousandPageReport(in: folder)
        try #require(pages >= 1_000)

        // Each generate has a working folder of its own, because a run locks its --out folder's parent.
        let commands: [(name: String, arguments: [String], working: URL?)] = (0..<200).flatMap { index in
            let working = folder.appendingPathComponent("run-\(index)")
            return [
                ("generate in \(working.lastPathComponent)", ["generate"] + inputs + ["--out", "report"], working),
                ("validate \(report.lastPathComponent)", ["validate", report.path], nil),
            ]
        }
        // As many processes at a time as there are cores, each worker taking the next command when its last one ends.
        let next = Atomic(0)
        let failures = Mutex<[String]>([])
        DispatchQueue.concurrentPerform(iterations: ProcessInfo.processInfo.activeProcessorCount) { _ in
            while true {
                let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard index < commands.count else { return }
                let command = commands[index]
                do {
                    if let working = command.working { try FileManager.default.createDirectory(at: working, withIntermediateDirectories: false) }
                    let outcome = try run(command.arguments, in: command.working)
                    if outcome.status != 0 {
                        failures.withLock { $0.append("\(command.name) exited \(outcome.status):\n\(outcome.stderr)") }
                    } else if let working = command.working {
                        // 200 reports would fill gigabytes; failed ones stay for a look.
                        try FileManager.default.removeItem(at: working)
                    }
                } catch {
                    failures.withLock { $0.append("\(command.name) could not run: \(error)") }
                }
            }
        }
        let failed = failures.withLock { $0 }
        #expect(failed.count == 0, "\(failed.count) of \(commands.count) runs in \(folder.path) failed:\n\(failed.joined(separator: "\n"))")
        if failed.isEmpty { try FileManager.default.removeItem(at: folder) }
    }

    // MARK: Helpers

    /// Generates from ever larger samples until the report has 1,000 pages, so the test keeps its size whatever
    /// the number of pages per error; returns the last inputs, report and its number of pages.
    private func thousandPageReport(in folder: URL) throws -> (inputs: [String], report: URL, pages: Int) {
        var errors = 1_000
        var attempt = 1
        while true {
            let night = folder.appendingPathComponent("night-\(attempt)")
            let sample = try run(["sample", "--seed", "11", "--errors", "\(errors)", "--out", night.path])
            try #require(sample.status == 0, "\(sample.stderr)")
            let inputs = ["jobs.csv", "errors.csv", "couplings.csv"].map { night.appendingPathComponent($0).path }
            let report = folder.appendingPathComponent("report-\(attempt)")
            let outcome = try run(["generate"] + inputs + ["--out", report.path])
            try #require(outcome.status == 0, "\(outcome.stderr)")
            let pages = try FileManager.default.subpathsOfDirectory(atPath: report.path).count { $0.hasSuffix(".html") }
            if pages >= 1_000 || attempt == 5 { return (inputs, report, pages) }
            // Aim a tenth past 1,000 pages at the pages per error seen, and grow by half at least.
            errors = max(errors * 3 / 2, errors * 1_100 / max(pages, 1))
            attempt += 1
        }
    }

    /// Every file under `folder`, hidden ones too, by path relative to it.
    private func files(in folder: URL) throws -> [String: Data] {
        let root = folder.standardizedFileURL.resolvingSymlinksInPath().path + "/"
        var files: [String: Data] = [:]
        let enumerator = try #require(FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]))
        for case let url as URL in enumerator where try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true {
            let path = url.standardizedFileURL.resolvingSymlinksInPath().path
            files[String(path.dropFirst(root.count))] = try Data(contentsOf: url)
        }
        return files
    }

    /// The first file only one report holds or whose bytes differ, with the line where they part on each side.
    private func firstDifference(_ a: [String: Data], _ b: [String: Data]) -> String? {
        for path in Set(a.keys).union(b.keys).sorted() {
            guard let left = a[path] else { return "report/\(path) is only in the second run's report" }
            guard let right = b[path] else { return "report/\(path) is only in the first run's report" }
            guard left != right else { continue }
            let (x, y) = ([UInt8](left), [UInt8](right))
            let offset = (0..<min(x.count, y.count)).first { x[$0] != y[$0] } ?? min(x.count, y.count)
            let line = x[..<offset].count { $0 == UInt8(ascii: "\n") } + 1
            return """
                report/\(path) differs (\(x.count) and \(y.count) bytes) from byte \(offset), line \(line):
                first:  \(lineText(x, around: offset))
                second: \(lineText(y, around: offset))
                """
        }
        return nil
    }

    /// The line holding byte `offset`, cut at 240 bytes.
    private func lineText(_ bytes: [UInt8], around offset: Int) -> String {
        let start = bytes[..<min(offset, bytes.count)].lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
        let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
        return String(decoding: bytes[start..<min(end, start + 240)], as: UTF8.self)
    }
}
