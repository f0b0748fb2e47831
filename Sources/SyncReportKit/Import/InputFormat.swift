/// The file formats exports come in, told apart by their first bytes rather than their names.
enum InputFormat: String, Sendable {
    case csv
    case json
    case xlsx

    static func detect(_ bytes: [UInt8]) -> InputFormat {
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .xlsx }
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let first = bytes[start...].first { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }
        if first == UInt8(ascii: "{") || first == UInt8(ascii: "[") { return .json }
        return .csv
    }
}
