import Foundation

/// Re-checks a bag folder against its own manifests, as an auditor would years later: every file the
/// manifests list must be there with the same SHA-256, no payload file may be unlisted, and the payload's
/// size must be what bag-info.txt says.
public struct BagVerifier: Sendable {
    public init() {}

    /// One thing wrong with the bag, by the file's path inside it.
    public struct Problem: Sendable, Equatable, CustomStringConvertible {
        public var path: String
        public var what: String

        public var description: String { "\(path): \(what)" }
    }

    public func run(_ bag: URL) throws(ArchiveError) -> [Problem] {
        guard let declaration = read(bag, "bagit.txt"), String(decoding: declaration, as: UTF8.self).hasPrefix("BagIt-Version:") else {
            throw .notABag(path: bag.path, reason: "it has no bagit.txt declaring a BagIt version")
        }
        guard let manifest = read(bag, "manifest-sha256.txt") else {
            throw .notABag(path: bag.path, reason: "it has no manifest-sha256.txt")
        }
        var problems: [Problem] = []
        let payload = check(bag, manifest: manifest, into: &problems)
        let listed = Set(payload)
        for path in files(under: bag.appendingPathComponent("data"), as: "data") where !listed.contains(path) {
            problems.append(Problem(path: path, what: "extra: in the payload but not in manifest-sha256.txt"))
        }
        if let tags = read(bag, "tagmanifest-sha256.txt") {
            _ = check(bag, manifest: tags, into: &problems)
        }
        if let info = read(bag, "bag-info.txt"), let oxum = Self.oxum(in: info) {
            let present = payload.compactMap { read(bag, $0)?.count }
            let actual = "\(present.reduce(0, +)).\(present.count)"
            if oxum != actual {
                problems.append(Problem(path: "bag-info.txt", what: "Payload-Oxum says \(oxum), the payload is \(actual) (octets.files)"))
            }
        }
        return problems.sorted { ($0.path, $0.what) < ($1.path, $1.what) }
    }

    /// Checks each line of a manifest and returns the paths it lists.
    private func check(_ bag: URL, manifest: [UInt8], into problems: inout [Problem]) -> [String] {
        var paths: [String] = []
        for line in String(decoding: manifest, as: UTF8.self).split(separator: "\n") {
            let parts = line.split(separator: " ", maxSplits: 1)
            guard parts.count == 2 else { continue }
            let path = Self.decoded(parts[1].trimmingCharacters(in: .whitespaces))
            paths.append(path)
            guard let bytes = read(bag, path) else {
                problems.append(Problem(path: path, what: "missing: listed in the manifest but not in the bag"))
                continue
            }
            if sha256Hex(bytes) != parts[0].lowercased() {
                problems.append(Problem(path: path, what: "altered: its SHA-256 differs from the manifest's"))
            }
        }
        return paths
    }

    private func read(_ bag: URL, _ path: String) -> [UInt8]? {
        FileManager.default.contents(atPath: bag.appendingPathComponent(path).path).map { [UInt8]($0) }
    }

    /// Every regular file under `folder`, as paths starting with `prefix`.
    private func files(under folder: URL, as prefix: String) -> [String] {
        guard let paths = FileManager.default.subpaths(atPath: folder.path) else { return [] }
        return paths.filter { path in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isFolder) && !isFolder.boolValue
        }.map { "\(prefix)/\($0)" }
    }

    private static func oxum(in info: [UInt8]) -> String? {
        String(decoding: info, as: UTF8.self).split(separator: "\n")
            .first { $0.hasPrefix("Payload-Oxum:") }
            .map { $0.dropFirst("Payload-Oxum:".count).trimmingCharacters(in: .whitespaces) }
    }

    private static func decoded(_ path: String) -> String {
        path.replacingOccurrences(of: "%0A", with: "\n").replacingOccurrences(of: "%0D", with: "\r")
            .replacingOccurrences(of: "%25", with: "%")
    }
}
