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
        let payload = check(bag, manifest: manifest, name: "manifest-sha256.txt", into: &problems)
        let listed = Set(payload)
        for path in files(under: bag.appendingPathComponent("data"), as: "data") where !listed.contains(path) {
            problems.append(Problem(path: path, what: "extra: in the payload but not in manifest-sha256.txt"))
        }
        // Without its tag manifest, a bag's manifest could be rewritten to match altered files unnoticed.
        guard let tags = read(bag, "tagmanifest-sha256.txt") else {
            problems.append(Problem(path: "tagmanifest-sha256.txt", what: "missing: nothing vouches for the manifest and bag-info.txt"))
            return problems.sorted { ($0.path, $0.what) < ($1.path, $1.what) }
        }
        let tagged = Set(check(bag, manifest: tags, name: "tagmanifest-sha256.txt", into: &problems))
        for required in ["bagit.txt", "bag-info.txt", "manifest-sha256.txt"] where !tagged.contains(required) {
            problems.append(Problem(path: required, what: "not listed in tagmanifest-sha256.txt"))
        }
        for path in files(under: bag, as: nil) where !path.hasPrefix("data/") && !tagged.contains(path) && path != "tagmanifest-sha256.txt" {
            problems.append(Problem(path: path, what: "extra: a tag file not in tagmanifest-sha256.txt"))
        }
        if let oxum = read(bag, "bag-info.txt").flatMap(Self.oxum) {
            let present = payload.compactMap { read(bag, $0)?.count }
            let actual = "\(present.reduce(0, +)).\(present.count)"
            if oxum != actual {
                problems.append(Problem(path: "bag-info.txt", what: "Payload-Oxum says \(oxum), the payload is \(actual) (octets.files)"))
            }
        } else {
            problems.append(Problem(path: "bag-info.txt", what: "no Payload-Oxum to check the payload's size against"))
        }
        return problems.sorted { ($0.path, $0.what) < ($1.path, $1.what) }
    }

    /// Checks each line of a manifest and returns the paths it lists; a line it cannot read, or a path that
    /// leaves the bag, is a problem of its own.
    private func check(_ bag: URL, manifest: [UInt8], name: String, into problems: inout [Problem]) -> [String] {
        var paths: [String] = []
        for (number, line) in String(decoding: manifest, as: UTF8.self).split(separator: "\n").enumerated() {
            let parts = line.split(separator: " ", maxSplits: 1)
            let path = parts.count == 2 ? Self.decoded(parts[1].trimmingCharacters(in: .whitespaces)) : ""
            guard parts.count == 2, parts[0].count == 64, !path.isEmpty, !path.hasPrefix("/"),
                  !path.split(separator: "/").contains("..") else {
                problems.append(Problem(path: name, what: "line \(number + 1) is not '<sha256>  <path inside the bag>'"))
                continue
            }
            paths.append(path)
            guard let bytes = read(bag, path) else {
                problems.append(Problem(path: path, what: "missing: listed in \(name) but not in the bag"))
                continue
            }
            if sha256Hex(bytes) != parts[0].lowercased() {
                problems.append(Problem(path: path, what: "altered: its SHA-256 differs from \(name)'s"))
            }
        }
        return paths
    }

    /// The bytes of a regular file inside the bag; a link is not followed, so nothing outside the bag is read.
    private func read(_ bag: URL, _ path: String) -> [UInt8]? {
        let url = bag.appendingPathComponent(path)
        guard (try? FileManager.default.attributesOfItem(atPath: url.path)[.type] as? FileAttributeType) == .typeRegular else { return nil }
        return try? FileParts.contents(of: url.path)
    }

    /// Every file under `folder` that is not a folder (links included, which then read as missing), as paths
    /// starting with `prefix`.
    private func files(under folder: URL, as prefix: String?) -> [String] {
        guard let paths = FileManager.default.subpaths(atPath: folder.path) else { return [] }
        let lead = prefix.map { "\($0)/" } ?? ""
        return paths.filter { path in
            (try? FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(path).path)[.type] as? FileAttributeType) != .typeDirectory
        }.map { lead + $0 }
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
