import Foundation

/// How the bag is kept.
public enum ArchiveFormat: String, Sendable, CaseIterable {
    /// The bag's folder as it is.
    case folder
    /// One ustar file holding the bag's folder.
    case tar
}

/// The Archive stage: after publishing, keeps the night as a BagIt bag in a folder of snapshots. The bag is
/// written beside its final name and renamed into place, so a failed run leaves no half-written bag.
public struct Archiver: Sendable {
    public var folder: URL
    public var format: ArchiveFormat
    public var limits: ArchiveLimits

    public init(folder: URL, format: ArchiveFormat = .folder, limits: ArchiveLimits = .default) {
        self.folder = folder
        self.format = format
        self.limits = limits
    }

    /// Whether `bag` fits the limits, as it will be written.
    public func check(_ bag: Bag) throws(ArchiveError) {
        let total = format == .tar ? TarWriter.size(of: bag.files, root: bag.name) : bag.files.reduce(Int64(0)) { $0 + Int64($1.size) }
        try limits.check(bag.files, total: total)
    }

    /// Writes `bag`, copying its report files from `report` one at a time, and returns where it lies. A bag of
    /// the same name is the same night made from the same exports, already kept: it is left as it is.
    public func run(_ bag: Bag, report: URL, modified: Date) throws(ArchiveError) -> URL {
        try check(bag)
        let manager = FileManager.default
        let target = folder.appendingPathComponent(format == .tar ? "\(bag.name).tar" : bag.name)
        let prefix = ".\(target.lastPathComponent).partial-"
        // A killed run's half-written bag of the same name goes, as the publisher clears a killed run's staging.
        for entry in (try? manager.contentsOfDirectory(atPath: folder.path)) ?? [] where entry.hasPrefix(prefix) {
            try? manager.removeItem(at: folder.appendingPathComponent(entry))
        }
        guard !manager.fileExists(atPath: target.path) else { return target }
        let partial = folder.appendingPathComponent(prefix + UUID().uuidString)
        let removedOnSignal = Interruption.removeOnSignal(partial)
        defer { Interruption.finished(removedOnSignal) }
        do {
            try manager.createDirectory(at: folder, withIntermediateDirectories: true)
            switch format {
            case .folder:
                for file in bag.files {
                    let url = partial.appendingPathComponent(file.path)
                    try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                    let handle = try FileHandle.archive(creating: url)
                    defer { try? handle.close() }
                    try file.copy(from: report) { part throws(ArchiveError) in try handle.append(part, path: url.path) }
                }
            case .tar:
                let handle = try FileHandle.archive(creating: partial)
                defer { try? handle.close() }
                var writer = TarWriter(writingTo: handle, path: partial.path, modified: Int(modified.timeIntervalSince1970))
                try writer.write(bag.files, root: bag.name, report: report)
                try handle.synchronize()
            }
            try manager.moveItem(at: partial, to: target)
        } catch let error as ArchiveError {
            try? manager.removeItem(at: partial)
            // The partial bag is gone: name the file by the place it would have had in the bag.
            guard case .io(let path, let reason) = error, path.hasPrefix(partial.path) else { throw error }
            throw .io(path: target.path + path.dropFirst(partial.path.count), reason: reason)
        } catch {
            try? manager.removeItem(at: partial)
            throw .io(path: target.path, reason: failureReason(error))
        }
        return target
    }
}
