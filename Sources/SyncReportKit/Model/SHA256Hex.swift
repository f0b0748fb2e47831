import Crypto
import Foundation

/// Lowercase hex of a SHA-256 digest, as manifests and data.json write it.
func sha256Hex(_ bytes: [UInt8]) -> String {
    hex(SHA256.hash(data: bytes))
}

/// The same of a file's bytes, read a part at a time: a million errors' data.json is over half a gigabyte.
func sha256Hex(ofFileAt path: String) throws(FileProblem) -> String {
    var parts = try FileParts(path: path)
    var hasher = SHA256()
    while let part = try parts.next() { hasher.update(data: part) }
    return hex(hasher.finalize())
}

private func hex(_ digest: SHA256.Digest) -> String {
    let digits = Array("0123456789abcdef".utf8)
    var text: [UInt8] = []
    text.reserveCapacity(64)
    for byte in digest {
        text.append(digits[Int(byte >> 4)])
        text.append(digits[Int(byte & 0x0F)])
    }
    return String(decoding: text, as: UTF8.self)
}
