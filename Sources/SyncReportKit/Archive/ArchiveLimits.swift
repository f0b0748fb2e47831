/// How large an archive may grow: a runaway night must not fill the disk that keeps the audit trail.
public struct ArchiveLimits: Sendable, Equatable {
    public var totalBytes: Int64
    public var fileBytes: Int64
    public var files: Int

    public static let `default` = ArchiveLimits(totalBytes: 20 << 30, fileBytes: 4 << 30, files: 2_000_000)

    public init(totalBytes: Int64, fileBytes: Int64, files: Int) {
        self.totalBytes = totalBytes
        self.fileBytes = fileBytes
        self.files = files
    }

    /// Checked before anything is written, so an exceeded limit leaves nothing behind. `total` is what the
    /// archive will take: the files, or the tar file that holds them.
    func check(_ files: [BagFile], total: Int64) throws(ArchiveError) {
        guard files.count <= self.files else { throw .tooLarge(limit: "file count", size: Int64(files.count), allowed: Int64(self.files)) }
        for file in files where Int64(file.size) > fileBytes {
            throw .tooLarge(limit: "per-file size (\(file.path))", size: Int64(file.size), allowed: fileBytes)
        }
        guard total <= totalBytes else { throw .tooLarge(limit: "total size", size: total, allowed: totalBytes) }
    }
}
