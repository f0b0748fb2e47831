/// Reads one CSV export in any of the dialects Excel and Business Central write: comma, semicolon or tab
/// (decided by the header line), UTF-8 with or without BOM or UTF-16 with BOM, LF or CRLF.
struct CSVImport: Sendable {
    let options: ImportOptions

    func run(_ file: InputFile) throws(ImportError) -> ImportedTable {
        let text = try TextDecoding.utf8(file.bytes, file: file.name)
        var reader = CSVReader(bytes: text.bytes, delimiter: Self.delimiter(of: text.bytes[text.start...]), start: text.start)
        return try TableImport(file: file.name, format: InputFormat.csv.rawValue, sha256: sha256Hex(file.bytes), options: options)
            .run(&reader)
    }

    /// The candidate that occurs most often outside quotes on the first non-blank line; comma on a tie.
    static func delimiter(of text: ArraySlice<UInt8>) -> UInt8 {
        let candidates: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t")]
        var counts = [0, 0, 0]
        var isQuoted = false
        var sawContent = false
        for byte in text {
            if byte == UInt8(ascii: "\"") { isQuoted.toggle() }
            if isQuoted { continue }
            if byte == 0x0A || byte == 0x0D {
                if sawContent { break }
                continue
            }
            sawContent = true
            if let index = candidates.firstIndex(of: byte) { counts[index] += 1 }
        }
        let best = counts.indices.max { counts[$0] < counts[$1] || (counts[$0] == counts[$1] && $0 > $1) }!
        return candidates[best]
    }
}
