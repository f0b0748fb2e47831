/// The checks across pages: every id once per page, every link inside the report to a file it holds and,
/// with a fragment, to an id on that page. Links with a scheme (the web client, mail) are not followed.
enum SiteLinks {
    static func issues(pages: [SiteFile], inspections: [PageInspection], files: Set<String>) -> [MarkupIssue] {
        var idsByPage: [String: Set<String>] = [:]
        for (page, inspection) in zip(pages, inspections) {
            idsByPage[page.path] = Set(inspection.ids.map(\.text))
        }
        var issues: [MarkupIssue] = []
        for (page, inspection) in zip(pages, inspections) {
            // Columns are found only for what is reported: most pages report nothing.
            var lines: PageLines?
            func issue(_ values: [PageInspection.Value], at index: Int, attribute: String, _ message: String) -> MarkupIssue {
                let value = values[index]
                let occurrence = values[..<index].count { $0.line == value.line }
                let found = lines ?? PageLines(page.bytes)
                lines = found
                let column = found.column(ofAttribute: attribute, occurrence: occurrence, onLine: value.line)
                return MarkupIssue(file: page.path, line: value.line, column: column, level: .error, message: message)
            }
            var firstLine: [String: Int] = [:]
            for (index, id) in inspection.ids.enumerated() {
                if let first = firstLine[id.text] {
                    issues.append(issue(inspection.ids, at: index, attribute: "id", "the id '\(id.text)' is used again; it is first used on line \(first)"))
                } else {
                    firstLine[id.text] = id.line
                }
            }
            for (index, link) in inspection.links.enumerated() {
                guard let problem = problem(with: link.text, on: page.path, files: files, ids: idsByPage) else { continue }
                issues.append(issue(inspection.links, at: index, attribute: "href", problem))
            }
        }
        return issues
    }

    /// Why `href` on `page` leads nowhere; `nil` when it resolves, or leaves the report on purpose.
    static func problem(with href: String, on page: String, files: Set<String>, ids: [String: Set<String>]) -> String? {
        guard !hasScheme(href) else { return nil }
        let parts = href.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let address = String(parts[0].split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)[0])
        let fragment = parts.count > 1 ? String(parts[1]) : nil
        let target: String
        if address.isEmpty {
            target = page
        } else {
            guard let decoded = address.removingPercentEncoding, let resolved = resolve(decoded, from: page) else {
                return "the link '\(href)' leads outside the report folder"
            }
            target = resolved
        }
        guard files.contains(target) else { return "the link '\(href)' leads to \(target), which the report does not hold" }
        guard let fragment, !fragment.isEmpty else { return nil }
        guard let targetIDs = ids[target] else { return "the link '\(href)' has a fragment, but \(target) is not a page" }
        guard targetIDs.contains(fragment.removingPercentEncoding ?? fragment) else {
            return "the link '\(href)' leads to \(target), which has no id '\(fragment)'"
        }
        return nil
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
