import Foundation
import Testing
@testable import SyncReportKit

/// The night kept as a BagIt bag an auditor can check years later, the same bytes from the same inputs.
@Suite struct ArchiveTests {
    private let epoch = Date(timeIntervalSince1970: 1_764_000_000)

    private func archive(in folder: URL, format: ArchiveFormat, limits: ArchiveLimits = .default, output: String = "Output") throws -> Report {
        try Generation.run(GenerateRequest(
            inputs: try Fixtures.sampleNight(in: folder), output: folder.appendingPathComponent(output), generatedAt: epoch,
            archive: Archiver(folder: folder.appendingPathComponent("archive"), format: format, limits: limits)))
    }

    private func bagFolder(in folder: URL) throws -> URL {
        let archive = folder.appendingPathComponent("archive")
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: archive.path).first)
        return archive.appendingPathComponent(name)
    }

    @Test func aBagHoldsTheReportAndTheExportsWithTheirManifests() throws {
        let folder = try Fixtures.temporaryFolder()
        let report = try archive(in: folder, format: .folder)
        let bag = try bagFolder(in: folder)
        #expect(bag.lastPathComponent.hasPrefix("syncreport-2026-11-24-"))
        let text = { (path: String) in try String(contentsOf: bag.appendingPathComponent(path), encoding: .utf8) }
        #expect(try text("bagit.txt") == "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n")
        let info = try text("bag-info.txt")
        #expect(info.contains("Bagging-Date: 2025-11-24\n"))
        #expect(info.contains("Bag-Software-Agent: syncreport \(SyncReportVersion.current)\n"))
        #expect(info.contains("SyncReport-Options: --time-zone GMT --page-size 200 --mail-from syncreport@localhost\n"))
        #expect(info.contains("SyncReport-Input: \(sha256Hex(Array(try Data(contentsOf: folder.appendingPathComponent("errors.csv"))))) data/inputs/errors.csv"))
        let manifest = try text("manifest-sha256.txt").split(separator: "\n")
        #expect(manifest.count == report.files.count + 1 + 3, "every page, the report's manifest, and three exports")
        let octets = manifest.reduce(0) { total, line in
            total + ((try? Data(contentsOf: bag.appendingPathComponent(String(line.split(separator: " ").last!))))?.count ?? 0)
        }
        #expect(info.contains("Payload-Oxum: \(octets).\(manifest.count)\n"))
        #expect(try text("tagmanifest-sha256.txt").split(separator: "\n").map { $0.split(separator: " ").last! } == ["bag-info.txt", "bagit.txt", "manifest-sha256.txt"])
        #expect(try BagVerifier().run(bag).isEmpty)
    }

    @Test func verifyingNamesEveryMissingExtraAndAlteredFile() throws {
        let folder = try Fixtures.temporaryFolder()
        _ = try archive(in: folder, format: .folder)
        let bag = try bagFolder(in: folder)
        try Data("tampered".utf8).write(to: bag.appendingPathComponent("data/report/index.html"))
        try FileManager.default.removeItem(at: bag.appendingPathComponent("data/inputs/jobs.csv"))
        try Data().write(to: bag.appendingPathComponent("data/report/added.html"))
        try Data("Bag-Software-Agent: someone else\n".utf8).write(to: bag.appendingPathComponent("bag-info.txt"))
        let problems = try BagVerifier().run(bag).map(\.description)
        #expect(problems == [
            "bag-info.txt: altered: its SHA-256 differs from tagmanifest-sha256.txt's",
            "bag-info.txt: no Payload-Oxum to check the payload's size against",
            "data/inputs/jobs.csv: missing: listed in manifest-sha256.txt but not in the bag",
            "data/report/added.html: extra: in the payload but not in manifest-sha256.txt",
            "data/report/index.html: altered: its SHA-256 differs from manifest-sha256.txt's",
        ])
        try FileManager.default.removeItem(at: bag.appendingPathComponent("tagmanifest-sha256.txt"))
        try FileManager.default.createSymbolicLink(atPath: bag.appendingPathComponent("data/report/link.html").path, withDestinationPath: "/etc/passwd")
        let stripped = try BagVerifier().run(bag).map(\.description)
        #expect(stripped.contains("tagmanifest-sha256.txt: missing: nothing vouches for the manifest and bag-info.txt"))
        #expect(stripped.contains("data/report/link.html: extra: in the payload but not in manifest-sha256.txt"))
        #expect(throws: ArchiveError.self) { try BagVerifier().run(folder) }
    }

    /// The report names its inputs as given, so the same inputs are the same paths; the output folder may differ.
    @Test func theSameNightAndEpochGiveTheSameBagAndTarByteForByte() throws {
        let folder = try Fixtures.temporaryFolder()
        let inputs = try Fixtures.sampleNight(in: folder)
        var tars: [URL] = []
        for run in ["a", "b"] {
            let archive = folder.appendingPathComponent("archive-\(run)")
            _ = try Generation.run(GenerateRequest(
                inputs: inputs, output: folder.appendingPathComponent("out-\(run)"), generatedAt: epoch,
                archive: Archiver(folder: archive, format: .tar)))
            tars.append(archive.appendingPathComponent(try #require(try FileManager.default.contentsOfDirectory(atPath: archive.path).first)))
        }
        #expect(tars[0].lastPathComponent == tars[1].lastPathComponent)
        #expect(tars[0].pathExtension == "tar")
        #expect(try Data(contentsOf: tars[0]) == Data(contentsOf: tars[1]))
    }

    /// The bag takes its report's hashes and sizes from when the files were written and copies them one at a time;
    /// it must be, byte for byte, the bag made the slow way: every published file and export read and hashed again.
    @Test(arguments: ArchiveFormat.allCases)
    func aBagIsTheOneMadeByReadingAndHashingEveryFileAgain(format: ArchiveFormat) throws {
        let folder = try Fixtures.temporaryFolder()
        let inputs = try Fixtures.sampleNight(in: folder)
        let archive = folder.appendingPathComponent("archive")
        _ = try Generation.run(GenerateRequest(
            inputs: inputs, output: folder.appendingPathComponent("Output"), generatedAt: epoch,
            archive: Archiver(folder: archive, format: format)))

        let published = try Site.read(from: folder.appendingPathComponent("Output")).files
        let exports = try inputs.map { path in
            SiteFile(path: "data/inputs/\(URL(fileURLWithPath: path).lastPathComponent)", bytes: Array(try Data(contentsOf: URL(fileURLWithPath: path))))
        }
        let payload = published.map { SiteFile(path: "data/report/\($0.path)", bytes: $0.bytes) } + exports
        func manifest(_ files: [SiteFile]) -> [UInt8] {
            Array(files.sorted { $0.path < $1.path }.map { "\(sha256Hex($0.bytes))  \($0.path)\n" }.joined().utf8)
        }
        let info = """
            Bag-Software-Agent: syncreport \(SyncReportVersion.current)
            Bagging-Date: 2025-11-24
            Payload-Oxum: \(payload.reduce(0) { $0 + $1.bytes.count }).\(payload.count)
            External-Description: SyncReport report and the Business Central exports it was made from
            SyncReport-Night: 2026-11-24
            SyncReport-Options: --time-zone GMT --page-size 200 --mail-from syncreport@localhost

            """ + zip(inputs, exports).map { "SyncReport-Input: \(sha256Hex($1.bytes)) \($1.path) (given as \($0))\n" }.joined()
        let tags = [
            SiteFile(path: "bagit.txt", bytes: Array("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n".utf8)),
            SiteFile(path: "bag-info.txt", bytes: Array(info.utf8)),
            SiteFile(path: "manifest-sha256.txt", bytes: manifest(payload)),
        ]
        let expected = Site(files: payload + tags + [SiteFile(path: "tagmanifest-sha256.txt", bytes: manifest(tags))])
        let name = "syncreport-2026-11-24-\(sha256Hex(manifest(payload)).prefix(12))"

        try #require(try FileManager.default.contentsOfDirectory(atPath: archive.path) == [format == .tar ? "\(name).tar" : name])
        switch format {
        case .folder:
            let bag = try Site.read(from: archive.appendingPathComponent(name))
            #expect(bag.files.map(\.path) == expected.files.map(\.path))
            for (file, wanted) in zip(bag.files, expected.files) where file != wanted {
                Issue.record("\(file.path) is not the file read and hashed again")
            }
        case .tar:
            let reference = folder.appendingPathComponent("reference.tar")
            let handle = try FileHandle.archive(creating: reference)
            var writer = TarWriter(writingTo: handle, path: reference.path, modified: Int(epoch.timeIntervalSince1970))
            try writer.write(expected.files.map { BagFile(path: $0.path, bytes: $0.bytes) }, root: name, report: folder)
            try handle.close()
            #expect(try Data(contentsOf: archive.appendingPathComponent("\(name).tar")) == Data(contentsOf: reference))
        }
    }

    /// The manifest was made from the sizes and hashes recorded as the report was written: a report file that
    /// changed since is refused rather than kept under a manifest that does not describe it.
    @Test(arguments: ArchiveFormat.allCases)
    func aReportFileChangedSinceItWasWrittenIsNotArchived(format: ArchiveFormat) throws {
        let folder = try Fixtures.temporaryFolder()
        let (report, bag) = try smallBag(in: folder)
        let changed = report.appendingPathComponent("c.html")
        try Data("grown".utf8).write(to: changed)
        let archive = folder.appendingPathComponent("archive")
        #expect(throws: ArchiveError.io(path: changed.path, reason: "it is no longer the 0 bytes the report wrote, so the bag's manifest would not match it")) {
            try Archiver(folder: archive, format: format).run(bag, report: report, modified: epoch)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: archive.path).isEmpty, "no partial bag is left")
    }

    /// A report written the way a run writes it, one file of several parts and one empty, and a bag of it.
    private func smallBag(in folder: URL) throws -> (report: URL, bag: Bag) {
        let report = StagingFolder(url: folder.appendingPathComponent("report"))
        try report.makeFolders(for: ["a/b.html"])
        let parts = (0..<FileParts.partSize * 2 + 700).map { UInt8(truncatingIfNeeded: $0 / 4096) }
        let written = [try report.write(parts, to: "a/b.html"), try report.write([], to: "c.html")]
        let bag = Bag(
            report: written, inputs: [InputFile(name: "in/100%.csv", bytes: Array("x".utf8))],
            info: Bag.Info(baggingDate: "2026-11-24", night: nil, options: []))
        return (report.url, bag)
    }

    /// A report file is copied one part at a time, and arrives whole and in order.
    @Test func aReportFileOfSeveralPartsIsCopiedWhole() throws {
        let folder = try Fixtures.temporaryFolder()
        let (report, bag) = try smallBag(in: folder)
        let kept = try Archiver(folder: folder.appendingPathComponent("archive")).run(bag, report: report, modified: epoch)
        #expect(try Data(contentsOf: kept.appendingPathComponent("data/report/a/b.html")) == Data(contentsOf: report.appendingPathComponent("a/b.html")))
        #expect(try BagVerifier().run(kept).isEmpty)
    }

    /// The total limit of a tar counts what the tar file takes, headers and padding included.
    @Test func aTarsSizeIsKnownBeforeItIsWritten() throws {
        let folder = try Fixtures.temporaryFolder()
        let (report, bag) = try smallBag(in: folder)
        #expect(bag.files.contains { $0.path == "data/inputs/100_.csv" }, "no '%' for tools that do not decode it")
        let tar = try Archiver(folder: folder, format: .tar).run(bag, report: report, modified: epoch)
        let written = try #require(try FileManager.default.attributesOfItem(atPath: tar.path)[.size] as? Int)
        #expect(Int64(written) == TarWriter.size(of: bag.files, root: bag.name))
        #expect(throws: ArchiveError.self) {
            try Archiver(folder: folder, format: .tar, limits: ArchiveLimits(totalBytes: Int64(written) - 1, fileBytes: 1 << 30, files: 100)).check(bag)
        }
    }

    @Test func anExceededLimitPublishesAndArchivesNothing() throws {
        for limits in [
            ArchiveLimits(totalBytes: 1_000, fileBytes: ArchiveLimits.default.fileBytes, files: 1_000_000),
            ArchiveLimits(totalBytes: ArchiveLimits.default.totalBytes, fileBytes: 10_000, files: 1_000_000),
            ArchiveLimits(totalBytes: ArchiveLimits.default.totalBytes, fileBytes: ArchiveLimits.default.fileBytes, files: 10),
        ] {
            let folder = try Fixtures.temporaryFolder()
            do {
                _ = try archive(in: folder, format: .tar, limits: limits)
                Issue.record("expected the limit to stop the run")
            } catch let error as PipelineError {
                guard case .archive(.tooLarge) = error else { Issue.record("got \(error)"); continue }
                #expect(error.exitStatus == 6)
            }
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("Output").path))
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("archive").path))
        }
    }

    /// A long path is split between the ustar prefix and name fields at a '/'; one that cannot be is refused.
    @Test func tarHeadersSplitLongPaths() throws {
        let long = String(repeating: "a", count: 90) + "/" + String(repeating: "b", count: 90) + ".html"
        let header = try TarWriter.header(path: long, size: 5, isFolder: false, modified: 0)
        #expect(String(decoding: header[0..<95], as: UTF8.self) == String(repeating: "b", count: 90) + ".html")
        #expect(String(decoding: header[345..<435], as: UTF8.self) == String(repeating: "a", count: 90))
        let sum = header.enumerated().reduce(0) { $0 + ($1.offset >= 148 && $1.offset < 156 ? 32 : Int($1.element)) }
        #expect(String(decoding: header[148..<154], as: UTF8.self) == String(sum, radix: 8).leftPadded(to: 6))
        #expect(throws: ArchiveError.pathTooLong(String(repeating: "c", count: 120))) {
            try TarWriter.header(path: String(repeating: "c", count: 120), size: 0, isFolder: false, modified: 0)
        }
    }
}

private extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
