
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
    private let bytes: [UInt8]
    /// Part names are case-insensitive in a package (ECMA-376 Part 2), so they are looked up lowercased.
    private let entries: [String: ZipDirectory.Entry]
    private var unpacked = 0

    init(_ input: InputFile, limits: Limits) throws(ImportError) {
        file = input.name
        self.limits = limits
        bytes = input.bytes
        let directory: ZipDirectory
        do {
            directory = try ZipDirectory(input.bytes)
        } catch {
            throw .unreadableWorkbook(file: input.name, reason: "it is not a zip package, or its directory is damaged")
        }
        var entries: [String: ZipDirectory.Entry] = [:]
        for entry in directory.entries where !entry.isFolder {
            entries[entry.path.lowercased()] = entries[entry.path.lowercased()] ?? entry
        }
        self.entries = entries
    }

    /// The bytes of the part at `path` (e.g. `xl/workbook.xml`), or `nil` if the package has no such part.
    mutating func part(_ path: String) throws(ImportError) -> [UInt8]? {
        guard let entry = entries[path.lowercased()] else { return nil }
        let isPartLimit = limits.partBytes <= limits.totalBytes - unpacked
        let partLimit = max(isPartLimit ? limits.partBytes : limits.totalBytes - unpacked, 0)
        guard entry.uncompressedSize <= partLimit else {
            throw .workbookTooLarge(
                file: file, part: isPartLimit ? path : "the workbook with \(path)",
                limit: isPartLimit ? limits.partBytes : limits.totalBytes)
        }
        let data: ArraySlice<UInt8>
        do {
            data = try ZipDirectory.data(of: entry, in: bytes)
        } catch {
            throw .unreadableWorkbook(file: file, reason: error.reason)
        }
        let part: [UInt8]
        switch entry.method {
        case 0:
            guard data.count == entry.uncompressedSize else {
                throw .unreadableWorkbook(file: file, reason: "\(path) is damaged: it is stored at another size than it declares")
            }
            part = Array(data)
        case 8:
            part = try Inflation.inflate(data, declaredSize: entry.uncompressedSize, file: file, path: path)
        default:
            throw .unreadableWorkbook(file: file, reason: "\(path) is packed with method \(entry.method), which Excel never uses")
        }
        guard Inflation.crc32(part) == entry.crc32 else {
            throw .unreadableWorkbook(file: file, reason: "\(path) is damaged: its checksum does not match")
        }
        unpacked += part.count
        return part
    }
}
