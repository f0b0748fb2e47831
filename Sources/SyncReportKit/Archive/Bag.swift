import Foundation

/// A BagIt bag (RFC 8493) of one night: the published report and the exports it was made from as payload,
/// with their SHA-256 manifest, and tag files that say when, by what and with which options it was made.
public struct Bag: Sendable, Equatable {
    /// The bag's folder name: the night and the start of its payload manifest's hash, so the same night made
    /// from the same inputs always has the same name, and a different run never overwrites it.
    public var name: String
    /// Every file by its path inside the bag, sorted by path.
    public var files: [BagFile]

    /// What bag-info.txt records besides the payload's size.
    public struct Info: Sendable, Equatable {
        /// `YYYY-MM-DD`.
        public var baggingDate: String
        public var night: String?
        /// The options the report was made with, as `--name value` words.
        public var options: [String]

        public init(baggingDate: String, night: String?, options: [String]) {
            self.baggingDate = baggingDate
            self.night = night
            self.options = options
        }
    }

    /// - Parameters:
    ///   - report: the report's files as they were written; the bag adds the manifest publishing writes beside them.
    ///   - inputs: the exports, by the names the user gave.
    public init(report: [WrittenFile], inputs: [InputFile], info: Info) {
        var payload = [BagFile(path: "data/report/\(Manifest.fileName)", bytes: Manifest.render(report))]
        payload += report.map(BagFile.init(report:))
        var taken: Set<String> = []
        var inputLines: [String] = []
        for input in inputs {
            // '%', CR and LF would need the manifest's percent-encoding, which not every BagIt tool decodes;
            // the name as given is recorded in bag-info.txt.
            let base = String(URL(fileURLWithPath: input.name).lastPathComponent.map { "%\r\n".contains($0) ? "_" : $0 })
            var name = base
            var copy = 1
            while !taken.insert(name).inserted {
                copy += 1
                name = "\(copy)-\(base)"
            }
            let file = BagFile(path: "data/inputs/\(name)", bytes: input.bytes)
            payload.append(file)
            inputLines.append("SyncReport-Input: \(file.sha256) \(file.path) (given as \(input.name))")
        }
        payload.sort { $0.path < $1.path }
        let manifest = BagFile(path: "manifest-sha256.txt", bytes: Self.manifest(payload))
        let octets = payload.reduce(0) { $0 + $1.size }
        var lines = [
            "Bag-Software-Agent: syncreport \(SyncReportVersion.current)",
            "Bagging-Date: \(info.baggingDate)",
            "Payload-Oxum: \(octets).\(payload.count)",
            "External-Description: SyncReport report and the Business Central exports it was made from",
        ]
        if let night = info.night { lines.append("SyncReport-Night: \(night)") }
        lines.append("SyncReport-Options: \(info.options.isEmpty ? "(defaults)" : info.options.joined(separator: " "))")
        lines += inputLines
        let tags = [
            BagFile(path: "bagit.txt", bytes: Array("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n".utf8)),
            BagFile(path: "bag-info.txt", bytes: Array(lines.map { Self.tagLine($0) }.joined().utf8)),
            manifest,
        ]
        let tagManifest = BagFile(path: "tagmanifest-sha256.txt", bytes: Self.manifest(tags))
        files = (payload + tags + [tagManifest]).sorted { $0.path < $1.path }
        name = "syncreport-\(info.night ?? "undated")-\(manifest.sha256.prefix(12))"
    }

    /// From the hashes the files carry: a report file is not read again.
    private static func manifest(_ files: [BagFile]) -> [UInt8] {
        Manifest.render(files.map { WrittenFile(path: $0.path, sha256: $0.sha256, size: $0.size) })
    }

    /// A tag line without line breaks in its value, which would start a new tag.
    private static func tagLine(_ line: String) -> String {
        line.replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ") + "\n"
    }
}
