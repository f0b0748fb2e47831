/// `manifest-sha256.txt`: one `<sha256>  <path>` line per file, sorted by path (the BagIt manifest format).
/// It also tells the next run which files of the folder the tool wrote.
enum Manifest {
    static let fileName = "manifest-sha256.txt"

    /// The manifest of files already hashed as they were written, sorted by path.
    static func render(_ files: [WrittenFile]) -> [UInt8] {
        Array(files.sorted { $0.path < $1.path }.map { "\($0.sha256)  \(encoded($0.path))\n" }.joined().utf8)
    }

    private static func encoded(_ path: String) -> String {
        path.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\n", with: "%0A")
            .replacingOccurrences(of: "\r", with: "%0D")
    }

    /// The paths a manifest lists.
    static func paths(in manifest: [UInt8]) -> Set<String> {
        Set(entries(in: manifest).map(\.path))
    }

    /// Each line's checksum and path, in file order.
    static func entries(in manifest: [UInt8]) -> [(sha256: String, path: String)] {
        String(decoding: manifest, as: UTF8.self).split(separator: "\n").compactMap { line in
            line.range(of: "  ").map { (String(line[..<$0.lowerBound]), String(line[$0.upperBound...])) }
        }
    }
}
