import Foundation
import Testing
@testable import SyncReportKit

/// FIFOs, devices and folders where the tool expects a file: each is a clear error, never a run that waits for
/// a writer for ever while holding the report's lock.
// A hang guard within CI's 90 minutes: the limit also counts the time a test waits for a thread while the
// other tests run, which passed 10 minutes on a busy two-core host.
@Suite(.timeLimit(.minutes(45))) struct SpecialFileTests {
    private func fifo(_ url: URL) throws {
        try #require(mkfifo(url.path, 0o644) == 0)
    }

    @Test func aFIFOLeftInTheReportFolderStopsTheRunAndKeepsTheReport() throws {
        let folder = try Fixtures.temporaryFolder()
        let out = folder.appendingPathComponent("Output")
        let inputs = try Fixtures.sampleNight(in: folder)
        _ = try Generation.run(GenerateRequest(inputs: inputs, output: out))
        let before = try Site.read(from: out)
        try fifo(out.appendingPathComponent("notes"))
        do {
            _ = try Generation.run(GenerateRequest(inputs: inputs, output: out))
            Issue.record("expected the run to stop")
        } catch {
            #expect(error.description.contains("'notes' is a FIFO, socket or device"), "\(error)")
            #expect(error.exitStatus == 2)
        }
        try FileManager.default.removeItem(at: out.appendingPathComponent("notes"))
        #expect(try Site.read(from: out) == before)
    }

    @Test func aFIFOInPlaceOfThePreviousDataJSONIsAnError() throws {
        let folder = try Fixtures.temporaryFolder()
        let out = folder.appendingPathComponent("Output")
        let inputs = try Fixtures.sampleNight(in: folder)
        _ = try Generation.run(GenerateRequest(inputs: inputs, output: out))
        try FileManager.default.removeItem(at: out.appendingPathComponent("data.json"))
        try fifo(out.appendingPathComponent("data.json"))
        do {
            _ = try Generation.run(GenerateRequest(inputs: inputs, output: out))
            Issue.record("expected the run to stop")
        } catch {
            #expect(error.description.contains("data.json: error"), "\(error)")
            #expect(error.description.contains("not a regular file but a FIFO"), "\(error)")
        }
    }

    @Test func anInputMayBeAPipeButNotADeviceOrAFolder() throws {
        let folder = try Fixtures.temporaryFolder()
        let pipe = folder.appendingPathComponent("errors.csv")
        try fifo(pipe)
        // A FIFO with a writer is read to its end, as `generate <(…)` gives one.
        let text = "No.,Date/Time,Error Message\n1,2026-11-24 22:00:00,Account does not exist.\n"
        let writer = Thread {
            if let handle = FileHandle(forWritingAtPath: pipe.path) {
                handle.write(Data(text.utf8))
                try? handle.close()
            }
        }
        writer.start()
        let input = try InputFile.load(path: pipe.path)
        #expect(input.bytes == Array(text.utf8))
        #expect(throws: ImportError.unreadable(file: "/dev/null", reason: "it is not a regular file but a device or socket, which could block or never end")) {
            try InputFile.load(path: "/dev/null")
        }
        #expect(throws: ImportError.unreadable(file: folder.path, reason: "it is a folder; give the export files in it")) {
            try InputFile.load(path: folder.path)
        }
    }
}
