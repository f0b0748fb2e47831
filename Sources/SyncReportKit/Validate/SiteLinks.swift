/// The checks across pages, from what each page left behind once written: its ids, and each distinct place
/// its links lead to with the first link that leads there. Links with a scheme (the web client, mail) are not
/// followed. A night of a million errors has millions of links but only as many targets as records and
/// jobs, so memory follows targets, and each target is checked once.
struct SiteLinks: Sendable {
    /// A link as written, and where: for the message when its target is missing.
    struct Use: Sendable {
        var page: String
        var href: String
        /// The first link with this href on that line: a later one would be a use already kept.
        var line: Int
    }

    /// Ids by page.
    private var ids: [String: Set<String>] = [:]
    /// `path` or `path#fragment`, resolved against the report folder → its first use.
    private var targets: [String: Use] = [:]
    /// Links that climb out of the report; they are problems whatever else the report holds.
    private var outside: [Use] = []
    /// Hrefs already taken in per folder: pages of one folder repeat the same links.
    private var seen: [String: Set<String>] = [:]

    init() {}

    mutating func add(page: String, _ inspection: PageInspection) {
        ids[page] = Set(inspection.ids.map(\.text))
        let folder = page.split(separator: "/").dropLast().joined(separator: "/")
        for link in inspection.links {
            // A bare fragment stays on the page itself; any other href means the same from every page of the
            // folder, so it is looked at once per folder. The folder's set is changed in place: a copy of it
            // per page would copy every href the folder's pages hold.
            let isLocal = link.text.utf8.first == UInt8(ascii: "#")
            guard isLocal || seen[folder, default: []].insert(link.text).inserted, !Self.hasScheme(link.text) else { continue }
            let use = Use(page: page, href: link.text, line: link.line)
            guard let target = Self.target(of: link.text, on: page) else {
                outside.append(use)
                continue
            }
            if targets[target] == nil { targets[target] = use }
        }
    }

    /// Merges what another worker gathered; its uses come after this one's.
    mutating func merge(_ other: SiteLinks) {
        ids.merge(other.ids) { mine, _ in mine }
        targets.merge(other.targets) { mine, _ in mine }
        outside += other.outside
    }

    /// Every link that leads nowhere; `files` is every file the report holds, `read` gives a page's bytes to
    /// place an issue's column.
    func issues(files: Set<String>, read: (String) -> [UInt8]?) -> [MarkupIssue] {
        let problems = outside.map { ($0, "the link '\($0.href)' leads outside the report folder") }
            + Array(targets).parallelMap(minimumChunk: 4_096) { target, use in
                problem(with: target, files: files).map { (use, "the link '\(use.href)' \($0)") }
            }.compactMap { $0 }
        return problems.map { use, message in
            let column = read(use.page).map {
                PageLines($0).column(ofHref: use.href, onLine: use.line)
            } ?? 1
            return MarkupIssue(file: use.page, line: use.line, column: column, level: .error, message: message)
        }
    }

    /// Why `target` is missing; `nil` when the report holds it.
    private func problem(with target: String, files: Set<String>) -> String? {
        let parts = target.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let path = String(parts[0])
        guard files.contains(path) else { return "leads to \(path), which the report does not hold" }
        guard parts.count > 1 else { return nil }
        guard let pageIDs = ids[path] else { return "has a fragment, but \(path) is not a page" }
        let fragment = String(parts[1])
        return pageIDs.contains(fragment) ? nil : "leads to \(path), which has no id '\(fragment)'"
    }

    /// `path` or `path#fragment` relative to the report folder; `nil` when the link leaves it.
    static func target(of href: String, on page: String) -> String? {
        let parts = href.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let address = String(parts[0].split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)[0])
        let path: String
        if address.isEmpty {
            path = page
        } else {
            guard let decoded = percentDecoded(address[...]), let resolved = resolve(decoded, from: page) else { return nil }
            path = resolved
        }
        guard parts.count > 1, !parts[1].isEmpty else { return path }
        return path + "#" + (percentDecoded(parts[1]) ?? String(parts[1]))
    }

    /// Foundation's decoding, skipped for the links the report writes itself, which hold no `%`: it was a
    /// quarter of the link check's time.
    private static func percentDecoded(_ text: Substring) -> String? {
        text.utf8.contains(UInt8(ascii: "%")) ? text.removingPercentEncoding : String(text)
    }

    /// `scheme:` as RFC 3986 spells it: a letter, then letters, digits, `+`, `-` or `.`, before the first `/`.
    private static func hasScheme(_ href: String) -> Bool {
        guard let colon = href.firstIndex(of: ":"), let first = href.first, first.isASCII, first.isLetter else { return false }
        return href[..<colon].allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
    }

    /// The path of `address` relative to the folder of `page`; `nil` when `..` climbs above the report.
    private static func resolve(_ address: String, from page: String) -> String? {
        guard !address.hasPrefix("/") else { return nil }
        var parts = page.split(separator: "/").dropLast().map(String.init)
        for part in address.split(separator: "/", omittingEmptySubsequences: false) {
            switch part {
            case "", ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(String(part))
            }
        }
        let path = parts.joined(separator: "/")
        return address.hasSuffix("/") ? path + "/index.html" : path
    }
}

/// Finds the column of an attribute or element on a line of a page, for messages: libxml2 gives an element's
/// line only.
struct PageLines {
    private let bytes: [UInt8]
    private var starts: [Int] = [0]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") { starts.append(offset + 1) }
    }

    /// The column, in characters, of the `occurrence`-th (from 0) ` name="` on `line`; 1 when it is not there.
    func column(ofAttribute name: String, occurrence: Int, onLine line: Int) -> Int {
        // The column of the name, past the space before it.
        column(of: Array(" \(name)=\"".utf8), occurrence: occurrence, onLine: line).map { $0 + 1 } ?? 1
    }

    /// The column of the first ` href="` with this value on `line`; 1 when it is not there.
    func column(ofHref href: String, onLine line: Int) -> Int {
        var escaped: [UInt8] = []
        XMLText.appendEscaped(href, to: &escaped)
        return column(of: Array(" href=\"".utf8) + escaped + [UInt8(ascii: "\"")], occurrence: 0, onLine: line)
            .map { $0 + 1 } ?? column(ofAttribute: "href", occurrence: 0, onLine: line)
    }

    /// The column of the first `<element` on `line`; 1 when it is not there.
    func column(ofElement element: String, onLine line: Int) -> Int {
        column(of: Array("<\(element)".utf8), occurrence: 0, onLine: line) ?? 1
    }

    private func column(of needle: [UInt8], occurrence: Int, onLine line: Int) -> Int? {
        guard line >= 1, line <= starts.count else { return nil }
        let start = starts[line - 1]
        let end = line < starts.count ? starts[line] : bytes.count
        var skip = occurrence
        var offset = start
        while offset + needle.count <= end {
            if bytes[offset..<offset + needle.count].elementsEqual(needle) {
                if skip == 0 { return bytes[start..<offset].count { $0 & 0xC0 != 0x80 } + 1 }
                skip -= 1
            }
            offset += 1
        }
        return nil
    }
}
