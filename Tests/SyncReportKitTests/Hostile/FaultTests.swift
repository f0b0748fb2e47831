import Foundation
import Testing
@testable import SyncReportKit

/// Faults after the report is published: a hung sendmail program, a bag that cannot be written, a killed
/// run's half-written bag. Each is a clear error with its own exit status and leaves nothing behind.
// A hang guard within CI's 90 minutes: the limit also counts the time a test waits for a thread while the
// other tests run, which passed 10 minutes on a busy two-core host.
@Suite(.timeLimit(.minutes(45))) struct FaultTests {
    @Test func aHungSendmailProgramIsStoppedAfterItsTimeout() throws {
        // It never reads: the message, larger than a pipe holds, could not even be written.
        let mailer = Mailer(command: ["/bin/sleep", "30"], timeout: 1)
        let start = Date()
        #expect(throws: MailError.failed(
            command: "/bin/sleep 30", reason: "it did not finish within 1 seconds (--sendmail-timeout) and was stopped")) {
            try mailer.send([UInt8](repeating: UInt8(ascii: "x"), count: 1 << 20))
        }
        #expect(Date().timeIntervalSince(start) < 25, "the program sleeps 30 s")
    }

    @Test func aBagThatCannotBeWrittenAfterPublishingExitsEight() throws {
        let folder = try Fixtures.temporaryFolder()
        let inputs = try Fixtures.sampleNight(in: folder)
        // A file where the archive folder should be.
        let archive = folder.appendingPathComponent("archive")
        try Data("not a folder".utf8).write(to: archive)
        let out = folder.appendingPathComponent("Output")
        do {
            _ = try Generation.run(GenerateRequest(inputs: inputs, output: out, archive: Archiver(folder: archive)))
            Issue.record("expected the bag to fail")
        } catch {
            guard case .bag = error else { Issue.record("got \(error)"); return }
            #expect(error.exitStatus == 8)
            #expect(error.description.hasSuffix("the report is published, but not archived"))
        }
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("index.html").path))
    }

    @Test func aKilledRunsHalfWrittenBagIsClearedByTheNext() throws {
        let folder = try Fixtures.temporaryFolder()
        let inputs = try Fixtures.sampleNight(in: folder)
        let archive = folder.appendingPathComponent("archive")
        let out = folder.appendingPathComponent("Output")
        // Without a previous report both runs make the same report, and so the same bag (a re-run of a night
        // already reported is otherwise a health finding, a different report).
        var request = GenerateRequest(inputs: inputs, output: out, archive: Archiver(folder: archive))
        request.previous = .none
        let first = try Generation.run(request)
        let bag = try #require(try FileManager.default.contentsOfDirectory(atPath: archive.path).first)
        try FileManager.default.removeItem(at: archive.appendingPathComponent(bag))
        let dead = archive.appendingPathComponent(".\(bag).partial-DEAD")
        try FileManager.default.createDirectory(at: dead, withIntermediateDirectories: true)
        _ = try Generation.run(request)
        #expect(try FileManager.default.contentsOfDirectory(atPath: archive.path) == [bag])
        #expect(first.analysis.totals.errors > 0)
    }
}
