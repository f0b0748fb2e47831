/// The workbook's shared string table (`xl/sharedStrings.xml`): every string's UTF-8 bytes in one buffer.
struct SharedStrings {
    private var bytes: [UInt8] = []
    private var ends: [Int] = []

    subscript(index: Int) -> ArraySlice<UInt8>? {
        guard ends.indices.contains(index) else { return nil }
        return bytes[(index == 0 ? 0 : ends[index - 1])..<ends[index]]
    }

    static func read(_ data: [UInt8], file: String, part: String) throws(ImportError) -> SharedStrings {
        let reader = try PartReader(data, file: file, part: part)
        var strings = SharedStrings()
        while let node = try reader.next() {
            guard node == .element, reader.name == "si" else { continue }
            try RichText.append(itemAt: reader, to: &strings.bytes)
            strings.ends.append(strings.bytes.count)
        }
        return strings
    }
}
