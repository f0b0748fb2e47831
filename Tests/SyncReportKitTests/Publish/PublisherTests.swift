import Foundation
import Testing
@testable import SyncReportKit

@Suite struct PublisherTests {
    private func snapshot(_ folder: URL) throws -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        for file in try Site.read(from: folder).files { files[file.path] = file.bytes }
        return files
    }

    private func output(_ url: URL, inputs: [String] = []) throws -> OutputFolder {
        try OutputFolder(url, inputs: inputs, workingDirectory: URL(fileURLWithPath: "/"))
    }

    private let first = Site(files: [
        SiteFile(path: "index.html", bytes: Array("one".utf8)),
        SiteFile(path: "records/a.html", bytes: Array("a".utf8)),
    ])

    @Test func writesTheSiteAndAManifest() throws {
        let out = try Fixtures.temporaryFolder().appendingPathComponent("report")
        try Publisher().run(first, to: output(out))
        let files = try snapshot(out)
        #expect(files["index.html"] == Array("one".utf8))
        #expect(files["manifest-sha256.txt"] == Array("""
            7692c3ad3540bb803c020b3aee66cd8887123234ea0c6e7143c0add73ff431ed  index.html
            ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb  records/a.html

            """.utf8))
    }

    @Test func replacesThePreviousReportAndKeepsFilesItDidNotWrite() throws {
        let parent = try Fixtures.temporaryFolder()
        let out = parent.appendingPathComponent("report")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try Data("keep me".utf8).write(to: out.appendingPathComponent("README.md"))
        try Publisher().run(first, to: output(out))
        try Publisher().run(Site(files: [SiteFile(path: "index.html", bytes: Array("two".utf8))]), to: output(out))
        let files = try snapshot(out)
        #expect(files["index.html"] == Array("two".utf8))
        #expect(files["records/a.html"] == nil)
        #expect(files["README.md"] == Array("keep me".utf8))
        let siblings = try FileManager.default.contentsOfDirectory(atPath: parent.path)
        #expect(siblings.sorted() == [".report.lock", "report"])
    }

    @Test func anEarlierReportWithoutAManifestIsReplacedNotMerged() throws {
        let out = try Fixtures.temporaryFolder().appendingPathComponent("report")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try Data("old".utf8).write(to: out.appendingPathComponent("index.html"))
        try Publisher().run(first, to: output(out))
        #expect(try snapshot(out)["index.html"] == Array("one".utf8))
    }

    @Test func refusesToReplaceAFolderThatIsNotAReport() throws {
        let out = try Fixtures.temporaryFolder()
        try FileManager.default.createDirectory(at: out.appendingPathComponent("photos"), withIntermediateDirectories: true)
        #expect(throws: PublishError.foreignFolder(folder: out.resolvingSymlinksInPath().path, entry: "photos")) {
            try Publisher().check(output(out))
        }
    }

    @Test func refusesAFileAFolderHoldingAnInputAndTheWorkingDirectory() throws {
        let parent = try Fixtures.temporaryFolder()
        let file = parent.appendingPathComponent("errors.csv")
        try Data("x".utf8).write(to: file)
        #expect(throws: PublishError.notAFolder(path: file.path)) { try output(file) }
        #expect(throws: PublishError.holdsInput(folder: parent.path, input: file.path)) { try output(parent, inputs: [file.path]) }
        #expect(throws: PublishError.holdsWorkingDirectory(folder: parent.path)) {
            try OutputFolder(parent, inputs: [], workingDirectory: parent.appendingPathComponent("sub"))
        }
    }

    @Test func aSymlinkedFolderIsUpdatedThroughTheLink() throws {
        let parent = try Fixtures.temporaryFolder()
        let real = parent.appendingPathComponent("real")
        try Publisher().run(first, to: output(real))
        let link = parent.appendingPathComponent("www")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: real)
        try Publisher().run(Site(files: [SiteFile(path: "index.html", bytes: Array("two".utf8))]), to: output(link))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == real.path)
        #expect(try snapshot(real)["index.html"] == Array("two".utf8))
    }

    @Test func theFolderKeepsItsMode() throws {
        let out = try Fixtures.temporaryFolder().appendingPathComponent("report")
        try Publisher().run(first, to: output(out))
        try FileManager.default.setAttributes([.posixPermissions: 0o750], ofItemAtPath: out.path)
        try Publisher().run(first, to: output(out))
        let mode = try FileManager.default.attributesOfItem(atPath: out.path)[.posixPermissions] as? Int
        #expect(mode == 0o750)
    }

    @Test func leftoversOfAKilledRunAreCleanedAndItsReportRestored() throws {
        let parent = try Fixtures.temporaryFolder()
        let out = parent.appendingPathComponent("report")
        try Publisher().run(first, to: output(out))
        // Killed between the fallback's two renames: the report sits aside, a staging folder is left.
        try FileManager.default.moveItem(at: out, to: parent.appendingPathComponent(".report.previous"))
        try FileManager.default.createDirectory(at: parent.appendingPathComponent(".report.staging-dead"), withIntermediateDirectories: true)
        let next = Site(files: [SiteFile(path: "index.html", bytes: Array("two".utf8))])
        try Publisher().run(next, to: output(out))
        #expect(try snapshot(out)["index.html"] == Array("two".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path).sorted() == [".report.lock", "report"])
    }

    @Test func aSecondRunWhileOneIsPublishingIsRefused() throws {
        let out = try Fixtures.temporaryFolder().appendingPathComponent("report")
        let folder = try output(out)
        try FileManager.default.createDirectory(at: folder.parent, withIntermediateDirectories: true)
        let held = try FolderLock(folder)
        #expect(throws: PublishError.busy(folder: folder.url.path)) { try Publisher().run(first, to: folder) }
        withExtendedLifetime(held) {}
    }

    @Test func reportsBesideEachOtherPublishAtTheSameTime() throws {
        let parent = try Fixtures.temporaryFolder()
        let companyA = try output(parent.appendingPathComponent("companyA"))
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        let held = try FolderLock(companyA)
        try Publisher().run(first, to: output(parent.appendingPathComponent("companyB")))
        #expect(try snapshot(parent.appendingPathComponent("companyB"))["index.html"] != nil)
        #expect(throws: PublishError.busy(folder: companyA.url.path)) { try Publisher().run(first, to: companyA) }
        withExtendedLifetime(held) {}
    }

    @Test func aFailedWriteLeavesThePreviousReportByteForByte() throws {
        let parent = try Fixtures.temporaryFolder()
        let out = parent.appendingPathComponent("report")
        try Publisher().run(first, to: output(out))
        let before = try snapshot(out)
        // A file and a folder at the same path cannot both be written: the run fails mid-way.
        let broken = Site(files: [
            SiteFile(path: "index.html", bytes: Array("new".utf8)),
            SiteFile(path: "x", bytes: Array("file".utf8)),
            SiteFile(path: "x/y.html", bytes: Array("child".utf8)),
        ])
        #expect(throws: PublishError.self) { try Publisher().run(broken, to: output(out)) }
        #expect(try snapshot(out) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path).sorted() == [".report.lock", "report"])
    }

    @Test func validatingAFolderFindsMissingAlteredAndForeignFiles() throws {
        let out = try Fixtures.temporaryFolder().appendingPathComponent("report")
        let site = Site(files: [
            SiteFile(path: "index.html", bytes: Fixtures.page("<body><p>index</p></body>\n")),
            SiteFile(path: "records/a.html", bytes: Fixtures.page("<body><p>a</p></body>\n")),
        ])
        try Publisher().run(site, to: output(out))
        #expect(try Validator().run(folder: out).isEmpty)
        try FileManager.default.removeItem(at: out.appendingPathComponent("records/a.html"))
        try Data(Fixtures.page("<body><p>altered</p></body>\n")).write(to: out.appendingPathComponent("index.html"))
        try Data(Fixtures.page("<body><p>new</p></body>\n")).write(to: out.appendingPathComponent("extra.html"))
        let issues = try Validator().run(folder: out)
        #expect(issues.map(\.file) == ["extra.html", "index.html", "records/a.html"])
        #expect(issues.map(\.level) == [.warning, .error, .error])
    }
}
