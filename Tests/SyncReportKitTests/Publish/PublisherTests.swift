import Foundation
import Testing
@testable import SyncReportKit

@Suite struct PublisherTests {
    private func snapshot(_ folder: URL) throws -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        for file in try Site.read(from: folder).files { files[file.path] = file.bytes }
        return files
    }

    private let first = Site(files: [
        SiteFile(path: "index.html", bytes: Array("one".utf8)),
        SiteFile(path: "records/a.html", bytes: Array("a".utf8)),
    ])

    @Test func writesTheSiteAndAManifest() throws {
        let out = try Fixtures.temporaryFolder().appendingPathComponent("report")
        try Publisher().run(first, to: out)
        let files = try snapshot(out)
        #expect(files["index.html"] == Array("one".utf8))
        #expect(files["manifest-sha256.txt"] == Array("""
            7692c3ad3540bb803c020b3aee66cd8887123234ea0c6e7143c0add73ff431ed  index.html
            ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb  records/a.html

            """.utf8))
    }

    @Test func replacesThePreviousReportAndKeepsFilesItDidNotWrite() throws {
        let out = try Fixtures.temporaryFolder().appendingPathComponent("report")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try Data("keep me".utf8).write(to: out.appendingPathComponent("README.md"))
        try Publisher().run(first, to: out)
        try Publisher().run(Site(files: [SiteFile(path: "index.html", bytes: Array("two".utf8))]), to: out)
        let files = try snapshot(out)
        #expect(files["index.html"] == Array("two".utf8))
        #expect(files["records/a.html"] == nil)
        #expect(files["README.md"] == Array("keep me".utf8))
        let siblings = try FileManager.default.contentsOfDirectory(atPath: out.deletingLastPathComponent().path)
        #expect(siblings == ["report"])
    }

    @Test func refusesToReplaceAFolderThatIsNotAReport() throws {
        let out = try Fixtures.temporaryFolder()
        try FileManager.default.createDirectory(at: out.appendingPathComponent("photos"), withIntermediateDirectories: true)
        #expect(throws: PublishError.foreignFolder(folder: out.standardizedFileURL.path, entry: "photos")) {
            try Publisher().run(first, to: out)
        }
    }

    @Test func aFailedWriteLeavesThePreviousReportByteForByte() throws {
        let out = try Fixtures.temporaryFolder().appendingPathComponent("report")
        try Publisher().run(first, to: out)
        let before = try snapshot(out)
        // A file and a folder at the same path cannot both be written: the run fails mid-way.
        let broken = Site(files: [
            SiteFile(path: "index.html", bytes: Array("new".utf8)),
            SiteFile(path: "x", bytes: Array("file".utf8)),
            SiteFile(path: "x/y.html", bytes: Array("child".utf8)),
        ])
        #expect(throws: PublishError.self) { try Publisher().run(broken, to: out) }
        #expect(try snapshot(out) == before)
        let siblings = try FileManager.default.contentsOfDirectory(atPath: out.deletingLastPathComponent().path)
        #expect(siblings == ["report"])
    }
}
