import Foundation

/// An email as RFC 5322 and MIME want it: `multipart/alternative` with a plain-text and an HTML part, both UTF-8
/// and quoted-printable (lines within 76 octets), CRLF line ends, and a subject that is ASCII or RFC 2047
/// encoded; headers stay far below the 998-octet line limit.
struct MIMEMessage: Sendable {
    let from: String
    let to: [String]
    let subject: String
    let date: Date
    let text: String
    let html: String

    func bytes() -> [UInt8] {
        let textPart = Self.quotedPrintable(text)
        let htmlPart = Self.quotedPrintable(html)
        let digest = sha256Hex(Array((subject + textPart + htmlPart).utf8))
        // Quoted-printable writes '=' as '=3D', so '=_' never occurs in a part and the boundary cannot either.
        let boundary = "=_syncreport_\(digest.prefix(16))"
        let domain = from.split(separator: "@").last.map { String($0.filter { $0 != ">" }) } ?? "syncreport.invalid"
        var lines = ["From: \(Self.mailbox(from))"]
        if !to.isEmpty { lines.append("To: \(to.map(Self.mailbox).joined(separator: ",\r\n "))") }
        lines += [
            "Subject: \(Self.encodedWords(subject))",
            "Date: \(Self.rfc5322(date))",
            "Message-ID: <syncreport.\(digest.prefix(32))@\(domain)>",
            "MIME-Version: 1.0",
            "Content-Type: multipart/alternative; boundary=\"\(boundary)\"",
            "",
            "This is a MIME message: its plain-text and HTML parts say the same.",
            "",
            "--\(boundary)",
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: quoted-printable",
            "",
            textPart,
            "--\(boundary)",
            "Content-Type: text/html; charset=utf-8",
            "Content-Transfer-Encoding: quoted-printable",
            "",
            htmlPart,
            "--\(boundary)--",
            "",
        ]
        return Array(lines.joined(separator: "\r\n").utf8)
    }

    /// `Name <address>` with a display name beyond ASCII encoded, as RFC 2047 allows; the address stays as it is.
    /// An ASCII name with characters that mean something in an address (a comma, a colon) is quoted instead.
    static func mailbox(_ value: String) -> String {
        guard let open = value.lastIndex(of: "<"), value.hasSuffix(">") else { return value }
        var name = value[..<open].trimmingCharacters(in: .whitespaces)
        if name.count >= 2, name.hasPrefix("\""), name.hasSuffix("\"") { name = String(name.dropFirst().dropLast()) }
        guard !name.isEmpty else { return String(value[open...]) }
        guard name.unicodeScalars.allSatisfy(\.isASCII) else { return "\(encodedWords(name)) \(value[open...])" }
        let specials = "()<>[]:;@\\,.\""
        guard name.contains(where: { specials.contains($0) }) else { return "\(name) \(value[open...])" }
        let quoted = name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return "\"\(quoted)\" \(value[open...])"
    }

    /// RFC 2045 quoted-printable with CRLF line ends and soft breaks before 76 octets.
    static func quotedPrintable(_ text: String) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var output: [String] = []
        for line in text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false) {
            var encoded: [UInt8] = []
            var width = 0
            let bytes = Array(line.utf8)
            for (index, byte) in bytes.enumerated() {
                let isLast = index == bytes.count - 1
                let plain = (byte >= 33 && byte <= 126 && byte != UInt8(ascii: "=")) || ((byte == 32 || byte == 9) && !isLast)
                let piece: [UInt8] = plain ? [byte] : [UInt8(ascii: "="), hex[Int(byte >> 4)], hex[Int(byte & 15)]]
                if width + piece.count > 75 {
                    encoded += Array("=\r\n".utf8)
                    width = 0
                }
                encoded += piece
                width += piece.count
            }
            output.append(String(decoding: encoded, as: UTF8.self))
        }
        return output.joined(separator: "\r\n")
    }

    /// The header value as is when it is ASCII, else RFC 2047 base64 encoded-words of whole code points, one per
    /// folded line, short enough that even the Subject line stays under 78 octets.
    static func encodedWords(_ value: String) -> String {
        guard !value.unicodeScalars.allSatisfy({ $0.isASCII && $0.value >= 32 }) else { return value }
        var words: [String] = []
        var chunk: [UInt8] = []
        // By code point: a character of many scalars (a flag, a family emoji) may be longer than one word.
        for scalar in value.unicodeScalars {
            let bytes = Array(String(scalar).utf8)
            if chunk.count + bytes.count > 39 {
                words.append("=?UTF-8?B?\(Data(chunk).base64EncodedString())?=")
                chunk = []
            }
            chunk += bytes
        }
        if !chunk.isEmpty { words.append("=?UTF-8?B?\(Data(chunk).base64EncodedString())?=") }
        return words.joined(separator: "\r\n ")
    }

    /// `Tue, 24 Nov 2026 06:00:00 +0000`, in English whatever the locale.
    static func rfc5322(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        let parts = calendar.dateComponents([.weekday, .day, .month, .year, .hour, .minute, .second], from: date)
        let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        func two(_ value: Int?) -> String { String(format: "%02d", value ?? 0) }
        return "\(days[(parts.weekday ?? 1) - 1]), \(parts.day ?? 1) \(months[(parts.month ?? 1) - 1]) \(parts.year ?? 1970) "
            + "\(two(parts.hour)):\(two(parts.minute)):\(two(parts.second)) +0000"
    }
}
