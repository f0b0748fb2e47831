import Foundation

/// Writes a POSIX ustar archive the same way every time: entries in path order, owner and group 0 (root),
/// modes 0644 and 0755, one fixed modification time, and the end padded to a whole 10,240-byte record.
struct TarWriter {
    private let handle: FileHandle
    private let path: String
    private let modified: Int
    private var written = 0

    /// `path` is the file `handle` writes, for errors.
    init(writingTo handle: FileHandle, path: String, modified: Int) {
        self.handle = handle
        self.path = path
        // The field holds eleven octal digits: times past the year 2242 are written as its last second.
        self.modified = min(max(modified, 0), 0o77777777777)
    }

    /// Writes `files` under `root/`, with an entry for every folder before the files in it; report files are
    /// copied from `report`.
    mutating func write(_ files: [BagFile], root: String, report: URL) throws(ArchiveError) {
        for entry in Self.entries(files, root: root) {
            let size = entry.file?.size ?? 0
            try put(try Self.header(path: entry.path, size: size, isFolder: entry.file == nil, modified: modified))
            try entry.file?.copy(from: report) { part throws(ArchiveError) in try put(part) }
            try put([UInt8](repeating: 0, count: (512 - size % 512) % 512))
        }
        try put([UInt8](repeating: 0, count: 1024))
        try put([UInt8](repeating: 0, count: (10_240 - written % 10_240) % 10_240))
    }

    /// The size `write` gives, known before writing, for the archive's size limit.
    static func size(of files: [BagFile], root: String) -> Int64 {
        let entries = Self.entries(files, root: root).reduce(Int64(0)) { total, entry in
            total + 512 + Int64(((entry.file?.size ?? 0) + 511) / 512 * 512)
        }
        return (entries + 1024 + 10_239) / 10_240 * 10_240
    }

    private static func entries(_ files: [BagFile], root: String) -> [(path: String, file: BagFile?)] {
        var folders: Set<String> = []
        var entries: [(path: String, file: BagFile?)] = [(root + "/", nil)]
        for file in files {
            var parts = file.path.split(separator: "/").dropLast()
            var missing: [String] = []
            while !parts.isEmpty, folders.insert(parts.joined(separator: "/")).inserted {
                missing.append(parts.joined(separator: "/"))
                parts = parts.dropLast()
            }
            entries += missing.reversed().map { ("\(root)/\($0)/", nil) }
            entries.append(("\(root)/\(file.path)", file))
        }
        return entries
    }

    private mutating func put(_ bytes: [UInt8]) throws(ArchiveError) {
        guard !bytes.isEmpty else { return }
        try handle.append(bytes, path: path)
        written += bytes.count
    }

    /// The 512-byte ustar header; a path longer than 100 bytes is split at a `/` into prefix and name.
    static func header(path: String, size: Int, isFolder: Bool, modified: Int) throws(ArchiveError) -> [UInt8] {
        let utf8 = Array(path.utf8)
        var name = utf8
        var prefix: [UInt8] = []
        if utf8.count > 100 {
            guard let cut = utf8.indices.last(where: { utf8[$0] == UInt8(ascii: "/") && $0 <= 155 && utf8.count - $0 - 1 <= 100 }),
                  cut < utf8.count - 1 || isFolder else { throw .pathTooLong(path) }
            prefix = Array(utf8[..<cut])
            name = Array(utf8[(cut + 1)...])
        }
        guard size <= 0o77777777777 else { throw .tooLarge(limit: "tar entry size", size: Int64(size), allowed: 0o77777777777) }
        var header = [UInt8](repeating: 0, count: 512)
        func text(_ bytes: [UInt8], at offset: Int) { header.replaceSubrange(offset..<offset + bytes.count, with: bytes) }
        func octal(_ value: Int, at offset: Int, width: Int) {
            let digits = String(value, radix: 8)
            text(Array((String(repeating: "0", count: width - 1 - digits.count) + digits).utf8), at: offset)
        }
        text(name, at: 0)
        octal(isFolder ? 0o755 : 0o644, at: 100, width: 8)
        octal(0, at: 108, width: 8)
        octal(0, at: 116, width: 8)
        octal(size, at: 124, width: 12)
        octal(modified, at: 136, width: 12)
        text(Array("        ".utf8), at: 148)
        header[156] = isFolder ? UInt8(ascii: "5") : UInt8(ascii: "0")
        text(Array("ustar".utf8), at: 257)
        text(Array("00".utf8), at: 263)
        text(Array("root".utf8), at: 265)
        text(Array("root".utf8), at: 297)
        text(prefix, at: 345)
        let sum = header.reduce(0) { $0 + Int($1) }
        // Six digits, NUL, space: the checksum field as tar has always written it.
        octal(sum, at: 148, width: 7)
        header[154] = 0
        return header
    }
}
