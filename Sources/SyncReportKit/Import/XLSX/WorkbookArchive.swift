import Foundation
import ZIPFoundation

/// The zip package of an .xlsx file, whose parts are unpacked with limits on their size.
struct WorkbookArchive {
    /// How much the parts may unpack to, alone and together; a few kilobytes of deflated zeros can claim gigabytes.
    struct Limits: Sendable {
        var totalBytes: Int
        var partBytes: Int

        /// libxml2 reads at most 2 GiB; one part stays well under it whatever `--max-unpacked-bytes` says.
        static let largestPart = 1 << 30

        /// The whole workbook may unpack to `totalBytes`, one part to `largestPart` of it.
        init(totalBytes: Int) {
            self.init(totalBytes: totalBytes, partBytes: min(Self.largestPart, totalBytes))
        }

        init(totalBytes: Int, partBytes: Int) {
            self.totalBytes = totalBytes
            self.partBytes = partBytes
        }

        static let standard = Limits(totalBytes: ImportLimits.standard.unpackedBytes)
    }

    private let file: String
    private let limits: Limits
    private let archive: Archive
    /// Part names are case-insensitive in a package (ECMA-376 Part 2), so they are looked up lowercased.
    private let entries: [String: Entry]
    private var unpacked = 0

    init(_ input: InputFile, limits: Limits) throws(ImportError) {
        file = input.name
        self.limits = limits
        // ZIPFoundation's in-memory archive traps on offsets past the end of a damaged file, while a
        // file-backed one reads nothing there; the file is removed as soon as it is open.
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("syncreport-\(UUID().uuidString).xlsx")
        guard FileManager.default.createFile(
            atPath: url.path, contents: Data(input.bytes), attributes: [.posixPermissions: 0o600])
        else { throw .unreadable(file: input.name, reason: "cannot write a temporary copy to unpack it") }
        defer { try? FileManager.default.removeItem(at: url) }
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            throw .unreadableWorkbook(file: input.name, reason: "it is not a zip package, or its directory is damaged")
        }
        var entries: [String: Entry] = [:]
        for entry in archive where entry.type == .file {
            entries[entry.path.lowercased()] = entries[entry.path.lowercased()] ?? entry
        }
        self.entries = entries
    }

    /// The bytes of the part at `path` (e.g. `xl/workbook.xml`), or `nil` if the package has no such part.
    mutating func part(_ path: String) throws(ImportError) -> [UInt8]? {
        guard let entry = entries[path.lowercased()] else { return nil }
        let isPartLimit = limits.partBytes <= limits.totalBytes - unpacked
        let partLimit = max(isPartLimit ? limits.partBytes : limits.totalBytes - unpacked, 0)
        let exceeded = ImportError.workbookTooLarge(
            file: file, part: isPartLimit ? path : "the workbook with \(path)",
            limit: isPartLimit ? limits.partBytes : limits.totalBytes)
        guard entry.uncompressedSize <= UInt64(partLimit) else { throw exceeded }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(entry.uncompressedSize))
        do {
            _ = try archive.extract(entry) { chunk in
                // The declared size can lie; what counts is what inflates.
                guard bytes.count + chunk.count <= partLimit else { throw LimitExceeded() }
                bytes.append(contentsOf: chunk)
            }
        } catch is LimitExceeded {
            throw exceeded
        } catch Archive.ArchiveError.invalidCRC32 {
            throw .unreadableWorkbook(file: file, reason: "\(path) is damaged: its checksum does not match")
        } catch {
            throw .unreadableWorkbook(file: file, reason: "\(path) cannot be unpacked (\(error))")
        }
        unpacked += bytes.count
        return bytes
    }

    private struct LimitExceeded: Error {}
}
