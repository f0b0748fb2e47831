/// The central directory of a zip package (APPNOTE 6.3), read from the package's bytes with every offset and
/// length checked against them. A damaged package is an error, never a read past its end.
struct ZipDirectory {
    struct Entry: Sendable {
        let path: String
        /// 0 stored, 8 deflated; Office packages use nothing else.
        let method: UInt16
        let crc32: UInt32
        let compressedSize: Int
        let uncompressedSize: Int
        let localHeaderOffset: Int

        var isFolder: Bool { path.hasSuffix("/") }
    }

    /// Why a package cannot be read.
    struct Damaged: Error {
        let reason: String
    }

    let entries: [Entry]

    init(_ bytes: [UInt8]) throws(Damaged) {
        let reader = LittleEndian(bytes: bytes)
        guard let end = Self.endOfDirectory(reader) else { throw Damaged(reason: "it has no end of central directory") }
        let count = reader.u16(end + 10)!
        let offset = Int(reader.u32(end + 16)!)
        // Excel writes ZIP64 only for packages far beyond the unpacking limits.
        guard count != 0xFFFF, offset != 0xFFFF_FFFF else { throw Damaged(reason: "it is a ZIP64 package") }
        var entries: [Entry] = []
        entries.reserveCapacity(Int(count))
        var position = offset
        for _ in 0..<count {
            guard reader.u32(position) == 0x0201_4B50,
                  let method = reader.u16(position + 10), let crc = reader.u32(position + 16),
                  let compressed = reader.u32(position + 20), let uncompressed = reader.u32(position + 24),
                  let nameLength = reader.u16(position + 28), let extraLength = reader.u16(position + 30),
                  let commentLength = reader.u16(position + 32), let local = reader.u32(position + 42),
                  let name = reader.bytes(position + 46, count: Int(nameLength))
            else { throw Damaged(reason: "its directory is cut short") }
            guard compressed != 0xFFFF_FFFF, uncompressed != 0xFFFF_FFFF, local != 0xFFFF_FFFF else {
                throw Damaged(reason: "it is a ZIP64 package")
            }
            entries.append(Entry(
                path: String(decoding: name, as: UTF8.self), method: method, crc32: crc, compressedSize: Int(compressed),
                uncompressedSize: Int(uncompressed), localHeaderOffset: Int(local)))
            position += 46 + Int(nameLength) + Int(extraLength) + Int(commentLength)
        }
        self.entries = entries
    }

    /// The entry's data as the package holds it, found through its local header.
    static func data(of entry: Entry, in bytes: [UInt8]) throws(Damaged) -> ArraySlice<UInt8> {
        let reader = LittleEndian(bytes: bytes)
        let header = entry.localHeaderOffset
        guard reader.u32(header) == 0x0403_4B50, let nameLength = reader.u16(header + 26), let extraLength = reader.u16(header + 28) else {
            throw Damaged(reason: "\(entry.path) has no local header where the directory says")
        }
        let start = header + 30 + Int(nameLength) + Int(extraLength)
        guard let data = reader.bytes(start, count: entry.compressedSize) else {
            throw Damaged(reason: "\(entry.path) runs past the end of the package")
        }
        return data
    }

    /// The end of central directory record: the last signature from which a record with its comment fits.
    private static func endOfDirectory(_ reader: LittleEndian) -> Int? {
        let count = reader.bytes.count
        guard count >= 22 else { return nil }
        let lowest = max(0, count - 22 - 0xFFFF)
        for start in stride(from: count - 22, through: lowest, by: -1) where reader.u32(start) == 0x0605_4B50 {
            if let comment = reader.u16(start + 20), start + 22 + Int(comment) <= count { return start }
        }
        return nil
    }
}

/// Little-endian integers at offsets of a byte array; `nil` past its end.
private struct LittleEndian {
    let bytes: [UInt8]

    func u16(_ offset: Int) -> UInt16? {
        guard offset >= 0, offset <= bytes.count - 2 else { return nil }
        return UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
    }

    func u32(_ offset: Int) -> UInt32? {
        guard let low = u16(offset), let high = u16(offset + 2) else { return nil }
        return UInt32(low) | UInt32(high) << 16
    }

    func bytes(_ offset: Int, count: Int) -> ArraySlice<UInt8>? {
        guard offset >= 0, count >= 0, offset <= bytes.count - count else { return nil }
        return bytes[offset..<offset + count]
    }
}
