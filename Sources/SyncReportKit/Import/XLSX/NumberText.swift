/// Numbers as a workbook stores them in `<v>` (`10`, `10.0`, `1.0E3`, `0.25`), written so that whole
/// numbers have no fraction or exponent: the shared integer reader takes `1000` but not `1000.0`.
enum NumberText {
    /// Beyond this a double no longer holds every whole number exactly, so the text is kept as written.
    private static let largestExact = 9_007_199_254_740_992.0

    static func append(_ text: ArraySlice<UInt8>, to bytes: inout [UInt8]) {
        if isPlainInteger(text) {
            bytes.append(contentsOf: text)
            return
        }
        if let value = Double(String(decoding: text, as: UTF8.self)), value.rounded() == value,
           abs(value) < largestExact {
            bytes.append(contentsOf: String(Int(value)).utf8)
        } else {
            bytes.append(contentsOf: text)
        }
    }

    private static func isPlainInteger(_ text: ArraySlice<UInt8>) -> Bool {
        let digits = text.first == UInt8(ascii: "-") ? text.dropFirst() : text
        return !digits.isEmpty && digits.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }
}
