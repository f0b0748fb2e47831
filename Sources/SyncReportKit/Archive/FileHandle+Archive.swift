import Foundation

/// Writing an archive's files, with failures as `ArchiveError`s that name the file.
extension FileHandle {
    /// A new, empty file at `url`, open for writing.
    static func archive(creating url: URL) throws(ArchiveError) -> FileHandle {
        guard FileManager.default.createFile(atPath: url.path, contents: nil), let handle = try? FileHandle(forWritingTo: url) else {
            throw .io(path: url.path, reason: "cannot create the file")
        }
        return handle
    }

    /// Appends `bytes` to the file at `path`, this handle's.
    func append(_ bytes: [UInt8], path: String) throws(ArchiveError) {
        do {
            try write(contentsOf: bytes)
        } catch {
            throw .io(path: path, reason: failureReason(error))
        }
    }
}
