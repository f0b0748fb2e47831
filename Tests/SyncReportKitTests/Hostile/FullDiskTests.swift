import Foundation
import Testing
@testable import SyncReportKit

/// A full disk and a read-only folder, on a small tmpfs mounted for the test. Mounting needs root with the
/// right to mount, which CI's machine has; where it is missing the suite is reported as disabled, by name.
// A hang guard within CI's 90 minutes: the limit also counts the time a test waits for a thread while the
// other tests run, which passed 10 minutes on a busy two-core host.
@Suite(.timeLimit(.minutes(45)), .enabled(if: SmallDisk.canMount, "mounting a tmpfs needs root and the right to mount"))
struct FullDiskTests {
    /// Mounts a tmpfs of `megabytes` at a new folder, runs `body` with it, and unmounts it.
    private func withSmallDisk(megabytes: Int, _ body: (URL) throws -> Void) throws {
        let folder = try Fixtures.temporaryFolder().appendingPathComponent("disk")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try #require(SmallDisk.mount(["-t", "tmpfs", "-o", "size=\(megabytes)m", "tmpfs", folder.path]) == 0)
        defer { SmallDisk.unmount(folder) }
        try body(folder)
    }

    private func night(errors: Int, in folder: URL) throws -> [String] {
        try SampleGenerator(seed: 2, errors: errors).files().map { file in
            let url = folder.appendingPathComponent(file.name)
            try Data(file.contents).write(to: url)
            return url.path
        }
    }

    @Test func aFullDiskStopsTheRunAndKeepsTheReport() throws {
        let inputs = try Fixtures.temporaryFolder()
        let small = try night(errors: 40, in: inputs.appendingPathComponent("small", isDirectory: true).creatingFolder())
        let large = try night(errors: 4_000, in: inputs.appendingPathComponent("large", isDirectory: true).creatingFolder())
        try withSmallDisk(megabytes: 3) { disk in
            let out = disk.appendingPathComponent("report")
            _ = try Generation.run(GenerateRequest(inputs: small, output: out))
            let before = try Site.read(from: out)
            do throws(PipelineError) {
                _ = try Generation.run(GenerateRequest(inputs: large, output: out))
                Issue.record("expected the disk to fill")
            } catch {
                #expect(error.exitStatus == 5, "\(error)")
                #expect(error.description.contains("No space left on device"), "\(error)")
            }
            #expect(try Site.read(from: out) == before)
            #expect(try FileManager.default.contentsOfDirectory(atPath: disk.path).sorted() == [".report.lock", "report"])
        }
    }

    /// An archive folder that fills up: the report is published, the run ends with exit 8 naming the full disk,
    /// and no half-written bag is left in the archive, as a folder or as a tar.
    @Test(arguments: ArchiveFormat.allCases)
    func aFullArchiveDiskLeavesNoPartialBag(format: ArchiveFormat) throws {
        let inputs = try night(errors: 4_000, in: try Fixtures.temporaryFolder())
        let out = try Fixtures.temporaryFolder().appendingPathComponent("report")
        try withSmallDisk(megabytes: 1) { disk throws in
            var request = GenerateRequest(inputs: inputs, output: out)
            request.archive = Archiver(folder: disk, format: format)
            do throws(PipelineError) {
                _ = try Generation.run(request)
                Issue.record("expected the archive disk to fill")
            } catch {
                #expect(error.exitStatus == 8, "\(error)")
                #expect(error.description.contains("error: cannot write the archive: No space left on device"), "\(error)")
                #expect(!error.description.contains(".partial-"), "the error names the bag, not its vanished partial copy")
                #expect(error.description.hasSuffix("the report is published, but not archived"), "\(error)")
            }
            #expect(try FileManager.default.contentsOfDirectory(atPath: disk.path) == [])
            #expect(try !Site.read(from: out).files.isEmpty)
        }
    }

    @Test func aReadOnlyFolderIsAClearError() throws {
        let inputs = try night(errors: 40, in: try Fixtures.temporaryFolder())
        try withSmallDisk(megabytes: 3) { disk in
            let out = disk.appendingPathComponent("report")
            _ = try Generation.run(GenerateRequest(inputs: inputs, output: out))
            let before = try Site.read(from: out)
            try #require(SmallDisk.mount(["-o", "remount,ro", disk.path]) == 0)
            do throws(PipelineError) {
                _ = try Generation.run(GenerateRequest(inputs: inputs, output: out))
                Issue.record("expected a read-only file system to stop the run")
            } catch {
                #expect(error.exitStatus == 5, "\(error)")
                #expect(error.description.contains("Read-only file system"), "\(error)")
            }
            #expect(try Site.read(from: out) == before)
        }
    }
}

/// Small tmpfs disks for the tests, mounted and unmounted with mount(8).
enum SmallDisk {
    static let canMount: Bool = {
        guard getuid() == 0, let folder = try? Fixtures.temporaryFolder() else { return false }
        guard mount(["-t", "tmpfs", "-o", "size=1m", "tmpfs", folder.path]) == 0 else { return false }
        unmount(folder)
        return true
    }()

    static func mount(_ arguments: [String]) -> Int32 { run("/bin/mount", arguments) }

    static func unmount(_ folder: URL) { _ = run("/bin/umount", [folder.path]) }

    /// The program's exit status, or -1 when it cannot be started.
    private static func run(_ program: String, _ arguments: [String]) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }
}

extension URL {
    fileprivate func creatingFolder() throws -> URL {
        try FileManager.default.createDirectory(at: self, withIntermediateDirectories: true)
        return self
    }
}
