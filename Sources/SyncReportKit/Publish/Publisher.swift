import CSyncSystem
import Foundation

/// The Publish stage: writes the report into a sibling staging folder and exchanges it with the published
/// folder in one atomic step, so readers see the old report or the new one, and a failed run leaves the old
/// one untouched.
///
/// Files in the folder that the previous run did not write (a README, a web server's `.htaccess`) are carried
/// over; a foreign sub-folder stops the run instead, since that folder is probably not a report at all.
public struct Publisher: Sendable {
    public init() {}

    /// Writes `site` plus its manifest to `folder`, replacing what an earlier run published there.
    public func run(_ site: Site, to folder: OutputFolder) throws(PublishError) {
        let publication = try begin(folder)
        let staging = try publication.stage()
        try staging.makeFolders(for: site.files.map(\.path))
        var written: [WrittenFile] = []
        for file in site.files { written.append(try staging.write(file.bytes, to: file.path)) }
        try publication.publish(written)
    }

    /// Takes the folder for a run: its lock, held until the publication is released, and the clean-up of a run
    /// that was killed. A run takes it before reading the report it replaces, so no other run can publish in
    /// between, and a report left beside the folder by a killed run is back in place to be read.
    public func begin(_ folder: OutputFolder) throws(PublishError) -> Publication {
        try io(folder.parent.path) { try FileManager.default.createDirectory(at: folder.parent, withIntermediateDirectories: true) }
        let lock = try FolderLock(folder)
        try recoverFromInterruptedRun(folder)
        return Publication(folder: folder, lock: lock)
    }

    /// Refuses, before any work, a folder whose replacement would lose files the tool did not write.
    public func check(_ folder: OutputFolder) throws(PublishError) {
        _ = try Self.foreignFiles(in: folder.url, besides: [])
    }

    /// Completes the staging folder, whose files were written as they were made, with the manifest of their
    /// hashes and the files to carry over, and exchanges it with `folder`. Files are written unsynced and the
    /// file system is flushed once before the exchange and once after it: a large night has thousands of pages,
    /// and a sync per file made publishing take longer than rendering.
    fileprivate func publish(_ written: [WrittenFile], staged staging: URL, to folder: OutputFolder) throws(PublishError) {
        let manager = FileManager.default
        let keep = try Self.foreignFiles(in: folder.url, besides: Set(written.map(\.path)))
        let manifest = staging.appendingPathComponent(Manifest.fileName).path
        let bytes = Manifest.render(written)
        guard syncreport_write_file(manifest, bytes, bytes.count) == 0 else {
            throw .io(path: manifest, reason: String(cString: strerror(errno)))
        }
        for name in keep {
            try io(name) {
                try manager.copyItem(at: folder.url.appendingPathComponent(name), to: staging.appendingPathComponent(name))
            }
        }
        try syncFileSystem(of: staging)
        try swap(staging, into: folder)
        try syncFileSystem(of: folder.parent)
    }

    private func syncFileSystem(of url: URL) throws(PublishError) {
        guard syncreport_sync_file_system(url.path) == 0 else {
            throw .io(path: url.path, reason: String(cString: strerror(errno)))
        }
    }

    /// Top-level files of `folder` that neither the previous run's manifest nor the new report lists.
    private static func foreignFiles(in folder: URL, besides written: Set<String>) throws(PublishError) -> [String] {
        let manager = FileManager.default
        guard let entries = try? manager.contentsOfDirectory(atPath: folder.path) else { return [] }
        let manifest = try? FileParts.contents(of: folder.appendingPathComponent(Manifest.fileName).path)
        let ours = written.union(manifest.map(Manifest.paths) ?? [])
        let ourFolders = Set(ours.compactMap { $0.split(separator: "/").count > 1 ? String($0.split(separator: "/")[0]) : nil })
        var keep: [String] = []
        for entry in entries.sorted() where entry != Manifest.fileName && !ours.contains(entry) {
            // The entry itself, not what a link leads to: a link is carried over as a link.
            switch (try? manager.attributesOfItem(atPath: folder.appendingPathComponent(entry).path))?[.type] as? FileAttributeType {
            case .typeDirectory?:
                guard ourFolders.contains(entry) else { throw .foreignFolder(folder: folder.path, entry: entry) }
            case .typeRegular?, .typeSymbolicLink?:
                keep.append(entry)
            default:
                // Copying a FIFO would wait for a writer for ever; a socket or device cannot be copied at all.
                throw .specialFile(folder: folder.path, entry: entry)
            }
        }
        return keep
    }

    /// Exchanges the folders atomically; where the file system cannot, falls back to two renames.
    private func swap(_ staging: URL, into folder: OutputFolder) throws(PublishError) {
        let manager = FileManager.default
        try keepAttributes(of: folder.url, on: staging)
        guard manager.fileExists(atPath: folder.url.path) else {
            try io(folder.url.path) { try manager.moveItem(at: staging, to: folder.url) }
            return
        }
        if syncreport_exchange(staging.path, folder.url.path) == 0 {
            // `staging` now holds the previous report.
            try? manager.removeItem(at: staging)
            return
        }
        let previous = folder.sibling("previous")
        try io(folder.url.path) { try manager.moveItem(at: folder.url, to: previous) }
        do {
            try io(folder.url.path) { try manager.moveItem(at: staging, to: folder.url) }
        } catch {
            try io(folder.url.path) { try manager.moveItem(at: previous, to: folder.url) }
            throw error
        }
        try? manager.removeItem(at: previous)
    }

    /// A run killed between the two fallback renames leaves the old report beside the folder, and any killed
    /// run leaves a staging folder; the lock guarantees no other run owns them.
    private func recoverFromInterruptedRun(_ folder: OutputFolder) throws(PublishError) {
        let manager = FileManager.default
        let previous = folder.sibling("previous")
        if !manager.fileExists(atPath: folder.url.path), manager.fileExists(atPath: previous.path) {
            try io(folder.url.path) { try manager.moveItem(at: previous, to: folder.url) }
        }
        try? manager.removeItem(at: previous)
        let prefix = ".\(folder.name).staging-"
        for entry in (try? manager.contentsOfDirectory(atPath: folder.parent.path)) ?? [] where entry.hasPrefix(prefix) {
            try? manager.removeItem(at: folder.parent.appendingPathComponent(entry))
        }
    }

    /// A web server's folder may carry a group and mode the report must keep.
    private func keepAttributes(of folder: URL, on staging: URL) throws(PublishError) {
        let manager = FileManager.default
        guard let attributes = try? manager.attributesOfItem(atPath: folder.path) else { return }
        // Only root may give a folder away; anyone may keep its mode.
        try? manager.setAttributes(
            attributes.filter { [.ownerAccountID, .groupOwnerAccountID].contains($0.key) }, ofItemAtPath: staging.path)
        try io(staging.path) {
            try manager.setAttributes(attributes.filter { $0.key == .posixPermissions }, ofItemAtPath: staging.path)
        }
    }

    private func io(_ path: String, _ body: () throws -> Void) throws(PublishError) {
        do {
            try body()
        } catch {
            throw .io(path: path, reason: failureReason(error))
        }
    }
}

/// A run's hold on its output folder: the lock is released, and a staging folder that was never published
/// removed, when the publication is.
public final class Publication {
    private let folder: OutputFolder
    private let lock: FolderLock
    private var staging: URL?
    private var removedOnSignal: UUID?

    fileprivate init(folder: OutputFolder, lock: FolderLock) {
        self.folder = folder
        self.lock = lock
    }

    deinit {
        if let staging { try? FileManager.default.removeItem(at: staging) }
        if let removedOnSignal { Interruption.finished(removedOnSignal) }
    }

    /// A new, empty staging folder beside the output folder, which the new report is written into.
    public func stage() throws(PublishError) -> StagingFolder {
        let url = folder.sibling("staging-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
        } catch {
            throw .io(path: url.path, reason: failureReason(error))
        }
        staging = url
        // Until the exchange, the staging folder is the new report; after it, the old one on its way out.
        removedOnSignal = Interruption.removeOnSignal(url)
        return StagingFolder(url: url)
    }

    /// Replaces the published report with the staged one, whose files are `written`, in one atomic exchange.
    public func publish(_ written: [WrittenFile]) throws(PublishError) {
        guard let staged = staging else { preconditionFailure("publish(_:) before stage()") }
        try withExtendedLifetime(lock) { () throws(PublishError) in
            try Publisher().publish(written, staged: staged, to: folder)
        }
        staging = nil
    }

    /// Where the published report lies, for the archive to copy from.
    public var url: URL { folder.url }
}
