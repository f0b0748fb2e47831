import Foundation

/// The Publish stage: writes the report into a sibling staging folder and swaps it in at the end,
/// so readers see the old report or the new one, and a failed run leaves the old one untouched.
///
/// Files in the target folder that the previous run did not write (a README, a web server's
/// `.htaccess`) are carried over; a foreign sub-folder stops the run instead, since that folder is
/// probably not a report at all.
public struct Publisher: Sendable {
    public init() {}

    /// Writes `site` plus its manifest to `folder`, replacing what an earlier run published there.
    public func run(_ site: Site, to folder: URL) throws(PublishError) {
        let manager = FileManager.default
        let folder = folder.standardizedFileURL
        let parent = folder.deletingLastPathComponent()
        let keep = try foreignFiles(in: folder)
        let staging = parent.appendingPathComponent(".\(folder.lastPathComponent).staging-\(getpid())")
        try io(parent.path) { try manager.createDirectory(at: parent, withIntermediateDirectories: true) }
        try? manager.removeItem(at: staging)
        do {
            try write(site, to: staging)
            for name in keep {
                try io(name) {
                    try manager.copyItem(at: folder.appendingPathComponent(name), to: staging.appendingPathComponent(name))
                }
            }
            try swap(staging, into: folder)
        } catch {
            try? manager.removeItem(at: staging)
            throw error
        }
    }

    private func write(_ site: Site, to staging: URL) throws(PublishError) {
        let manager = FileManager.default
        let manifest = SiteFile(path: Manifest.fileName, bytes: Manifest.render(site.files))
        for file in site.files + [manifest] {
            let url = staging.appendingPathComponent(file.path)
            try io(url.path) {
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.bytes).write(to: url)
            }
        }
    }

    /// Top-level files of `folder` that the previous run's manifest does not list.
    private func foreignFiles(in folder: URL) throws(PublishError) -> [String] {
        let manager = FileManager.default
        guard let entries = try? manager.contentsOfDirectory(atPath: folder.path) else { return [] }
        let manifest = manager.contents(atPath: folder.appendingPathComponent(Manifest.fileName).path)
        let written = manifest.map { Manifest.paths(in: [UInt8]($0)) } ?? []
        let writtenFolders = Set(written.compactMap { $0.split(separator: "/").count > 1 ? String($0.split(separator: "/")[0]) : nil })
        var keep: [String] = []
        for entry in entries.sorted() where entry != Manifest.fileName && !written.contains(entry) {
            var isDirectory: ObjCBool = false
            _ = manager.fileExists(atPath: folder.appendingPathComponent(entry).path, isDirectory: &isDirectory)
            if isDirectory.boolValue {
                guard writtenFolders.contains(entry) else { throw .foreignFolder(folder: folder.path, entry: entry) }
            } else {
                keep.append(entry)
            }
        }
        return keep
    }

    /// Two renames; if the second fails the first is undone, so the old report stays in place.
    private func swap(_ staging: URL, into folder: URL) throws(PublishError) {
        let manager = FileManager.default
        guard manager.fileExists(atPath: folder.path) else {
            try io(folder.path) { try manager.moveItem(at: staging, to: folder) }
            return
        }
        let previous = folder.deletingLastPathComponent().appendingPathComponent(".\(folder.lastPathComponent).previous-\(getpid())")
        try? manager.removeItem(at: previous)
        try io(folder.path) { try manager.moveItem(at: folder, to: previous) }
        do {
            try io(folder.path) { try manager.moveItem(at: staging, to: folder) }
        } catch {
            try? manager.moveItem(at: previous, to: folder)
            throw error
        }
        try? manager.removeItem(at: previous)
    }

    private func io(_ path: String, _ body: () throws -> Void) throws(PublishError) {
        do {
            try body()
        } catch {
            throw .io(path: path, reason: (error as NSError).localizedDescription)
        }
    }
}
