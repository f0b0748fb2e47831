import Foundation
import Mustache

/// The report's Mustache templates and static assets, read from `<root>/report/`.
struct TemplateSet: Sendable {
    let library: MustacheLibrary
    /// `rows/*.mustache`, by name without the extension: what a page repeats once per error, event or record.
    let rows: [String: RowTemplate]
    /// Files that are copied as they are, e.g. `style.css`.
    let assets: [SiteFile]

    init(root: URL) throws(RenderError) {
        let folder = root.appendingPathComponent("report", isDirectory: true)
        let manager = FileManager.default
        guard let paths = try? manager.subpathsOfDirectory(atPath: folder.path), !paths.isEmpty else {
            throw .unreadable(file: folder.path, reason: "no templates there")
        }
        var library = MustacheLibrary()
        var rows: [String: RowTemplate] = [:]
        var assets: [SiteFile] = []
        for path in paths.sorted() {
            let url = folder.appendingPathComponent(path)
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            let data: [UInt8]
            do throws(FileProblem) {
                data = try FileParts.contents(of: url.path)
            } catch {
                throw .unreadable(file: url.path, reason: error.description)
            }
            guard path.hasSuffix(".mustache") else {
                assets.append(SiteFile(path: path, bytes: data))
                continue
            }
            let name = String(path.dropLast(".mustache".count))
            if name.hasPrefix("rows/") {
                rows[name] = try RowTemplate(String(decoding: data, as: UTF8.self), file: url.path)
                continue
            }
            do {
                try library.register(String(decoding: data, as: UTF8.self), named: name)
            } catch let error as MustacheTemplate.ParserError {
                throw .template(
                    file: url.path, line: error.context.lineNumber, column: error.context.columnNumber,
                    problem: "\(error.error)")
            } catch {
                throw .template(file: url.path, line: 1, column: 1, problem: "\(error)")
            }
        }
        self.library = library
        self.rows = rows
        self.assets = assets
    }

    /// The row template `rows/<name>`.
    func row(_ name: String) throws(RenderError) -> RowTemplate {
        guard let template = rows["rows/\(name)"] else { throw .missingTemplate("rows/\(name)") }
        return template
    }

    /// Renders a page and removes characters XML 1.0 forbids, which input text may carry and escaping keeps.
    func render(_ view: Any, template name: String) throws(RenderError) -> [UInt8] {
        guard let text = library.render(view, withTemplate: name) else { throw .missingTemplate(name) }
        return XMLCharacters.removingForbidden(from: text)
    }
}

/// Drops the characters that may not appear in XML from what swift-mustache rendered (page frames); row
/// templates drop them as they escape (`XMLText`).
enum XMLCharacters {
    /// Works on UTF-8 bytes: C0 controls other than tab, LF and CR, and U+FFFE/U+FFFF (EF BF BE/BF) go.
    static func removingForbidden(from text: String) -> [UInt8] {
        var bytes = Array(text.utf8)
        // Every page has line breaks: only a byte that may have to go sends the page through the copy below.
        guard bytes.contains(where: { isForbiddenControl($0) || $0 == 0xEF }) else { return bytes }
        var kept = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if isForbiddenControl(byte) {
                index += 1
                continue
            }
            if byte == 0xEF, index + 2 < bytes.count, bytes[index + 1] == 0xBF, bytes[index + 2] >= 0xBE {
                index += 3
                continue
            }
            bytes[kept] = byte
            kept += 1
            index += 1
        }
        bytes.removeLast(bytes.count - kept)
        return bytes
    }

    /// A C0 control other than tab, LF and CR.
    private static func isForbiddenControl(_ byte: UInt8) -> Bool {
        byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D
    }
}
