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

    /// Renders a page, replacing the characters a page must not carry, which input text may hold and escaping keeps.
    func render(_ view: Any, template name: String) throws(RenderError) -> [UInt8] {
        guard let text = library.render(view, withTemplate: name) else { throw .missingTemplate(name) }
        return XMLCharacters.substituted(text)
    }
}

/// Replaces the characters a page must not carry as they are (`XMLText.substitute`) in what swift-mustache
/// rendered (page frames); row templates replace them as they escape.
enum XMLCharacters {
    static func substituted(_ text: String) -> [UInt8] {
        let bytes = Array(text.utf8)
        // Every page has line breaks: only a byte that may start a substitute sends the page through the copy.
        guard bytes.contains(where: { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D || $0 == 0xE2 || $0 == 0xEF }) else {
            return bytes
        }
        return bytes.withUnsafeBufferPointer { buffer in
            var result: [UInt8] = []
            result.reserveCapacity(buffer.count)
            var index = 0
            while index < buffer.count {
                if let substitute = XMLText.substitute(at: index, in: buffer) {
                    result.append(contentsOf: substitute.text)
                    index += substitute.length
                } else {
                    result.append(buffer[index])
                    index += 1
                }
            }
            return result
        }
    }
}
