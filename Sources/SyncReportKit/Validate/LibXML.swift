internal import CLibXML2
import Foundation

// The only file that touches libxml2. Only Swift values leave it.

private let initialised: Void = {
    xmlInitParser()
    // Compiling a schema sets up shared type tables without a lock: done here once, before any thread compiles.
    // RELAX NG's own types do not set up the XML Schema datatypes its schemas use; those raced too.
    xmlSchemaInitTypes()
    xmlRelaxNGInitTypes()
    xmlSetExternalEntityLoader(xmlNoNetExternalEntityLoader)
}()

/// Hands libxml2's structured errors to the `IssueSink` passed as the callback's context.
private let relay: xmlStructuredErrorFunc = { context, error in
    guard let context, let error else { return }
    Unmanaged<IssueSink>.fromOpaque(context).takeUnretainedValue().add(error.pointee)
}

/// libxml2's parser with safe options: no network, no entity expansion, no DTD loading, every diagnostic kept.
enum LibXML {
    /// Line numbers past 65,535 are kept: a long list page can have more lines.
    static let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue)

    /// Reads a page once: well-formedness, validity against `schema`, and the ids and links it holds, each with
    /// the line of its element.
    static func inspect(_ bytes: [UInt8], name: String, schema: RelaxNGSchema) -> PageInspection {
        _ = initialised
        guard bytes.count < Int(Int32.max) else {
            var inspection = PageInspection()
            inspection.issues = [MarkupIssue(
                file: name, line: 1, column: 1, level: .fatal,
                message: "the page is \(bytes.count) bytes, more than the 2 GiB libxml2 can read")]
            return inspection
        }
        // The reader reads the page's memory as it goes: the pointer must stay valid until it is freed.
        return bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                inspect(chars, bytes: bytes, name: name, schema: schema)
            }
        }
    }

    private static func inspect(
        _ chars: UnsafeBufferPointer<CChar>, bytes: [UInt8], name: String, schema: RelaxNGSchema
    ) -> PageInspection {
        let sink = IssueSink(file: name)
        var inspection = PageInspection()
        let reader = xmlReaderForMemory(chars.baseAddress, Int32(chars.count), name, "UTF-8", options)
        guard let reader else {
            inspection.issues = [MarkupIssue(file: name, line: 0, column: 0, level: .fatal, message: "libxml2 could not create a reader")]
            return inspection
        }
        defer { xmlFreeTextReader(reader) }
        withExtendedLifetime(sink) {
            // The handler first: the schema's validity errors go to the handler set when it is attached.
            xmlTextReaderSetStructuredErrorHandler(reader, relay, Unmanaged.passUnretained(sink).toOpaque())
            guard xmlTextReaderRelaxNGSetSchema(reader, schema.pointer) == 0 else {
                sink.issues.append(MarkupIssue(file: name, line: 0, column: 0, level: .fatal, message: "libxml2 could not attach the schema"))
                return
            }
            while xmlTextReaderRead(reader) == 1 {
                guard xmlTextReaderNodeType(reader) == Int32(XML_READER_TYPE_ELEMENT.rawValue) else { continue }
                let line = Int(xmlGetLineNo(xmlTextReaderCurrentNode(reader)))
                if let id = attribute("id", of: reader) { inspection.ids.append(PageInspection.Value(text: id, line: line)) }
                if let href = attribute("href", of: reader) { inspection.links.append(PageInspection.Value(text: href, line: line)) }
            }
            if xmlTextReaderIsValid(reader) != 1, sink.issues.isEmpty {
                sink.issues.append(MarkupIssue(file: name, line: 0, column: 0, level: .error, message: "not valid against the report schema"))
            }
        }
        var lines: PageLines?
        var placed: Set<MarkupIssue.Place> = []
        for (offset, issue) in sink.issues.enumerated() {
            guard issue.column == 0, issue.line > 0, let element = sink.elements[offset] else {
                inspection.issues.append(issue)
                continue
            }
            var issue = issue
            let found = lines ?? PageLines(bytes)
            lines = found
            issue.column = found.column(ofElement: element, onLine: issue.line)
            // The schema reports an unexpected element, then its content as unexpected too: the first says it.
            if placed.insert(issue.place).inserted { inspection.issues.append(issue) }
        }
        return inspection
    }

    private static func attribute(_ name: String, of reader: xmlTextReaderPtr) -> String? {
        guard let value = xmlTextReaderGetAttribute(reader, name) else { return nil }
        defer { syncreport_xmlFree(value) }
        return String(cString: value)
    }
}

/// A compiled RELAX NG schema. Each thread compiles its own: libxml2 does not promise that one compiled schema
/// may validate on several threads at once.
final class RelaxNGSchema {
    fileprivate let pointer: xmlRelaxNGPtr

    /// Compiles the schema file at `url`, whose includes are found beside it; throws libxml2's first message
    /// when it is not a valid schema.
    init(_ url: URL, name: String) throws(XMLReadFailure) {
        _ = initialised
        let sink = IssueSink(file: name)
        guard let parser = xmlRelaxNGNewParserCtxt(url.path) else {
            throw XMLReadFailure(line: 0, column: 0, message: "libxml2 could not read the schema")
        }
        defer { xmlRelaxNGFreeParserCtxt(parser) }
        let compiled = withExtendedLifetime(sink) { () -> xmlRelaxNGPtr? in
            xmlRelaxNGSetParserStructuredErrors(parser, relay, Unmanaged.passUnretained(sink).toOpaque())
            return xmlRelaxNGParse(parser)
        }
        guard let compiled else {
            let first = sink.issues.first
            throw XMLReadFailure(line: first?.line ?? 0, column: first?.column ?? 0, message: first?.message ?? "not a RELAX NG schema")
        }
        pointer = compiled
    }

    deinit { xmlRelaxNGFree(pointer) }
}

/// Collects libxml2's structured errors for one parse; reached through the callback's context pointer.
private final class IssueSink {
    let file: String
    var issues: [MarkupIssue] = []

    init(file: String) { self.file = file }

    /// For each issue, the element it is about when libxml2 names one; schema errors give a line but no column.
    var elements: [String?] = []

    func add(_ error: xmlError) {
        elements.append(error.node.flatMap { xmlNodePtr(OpaquePointer($0)).pointee.name.map { String(cString: $0) } })
        let level: MarkupIssue.Level = switch error.level {
        case XML_ERR_WARNING: .warning
        case XML_ERR_ERROR: .error
        default: .fatal
        }
        var message = error.message.map { String(cString: $0) } ?? "unknown libxml2 error \(error.code)"
        if error.domain == Int32(XML_FROM_RELAXNGV.rawValue) { message = "outside the report schema: " + message }
        issues.append(MarkupIssue(
            file: file, line: Int(error.line), column: Int(error.int2), level: level,
            message: message.trimmingCharacters(in: .whitespacesAndNewlines)))
    }
}

/// Why a document could not be read: libxml2's first error, with where it happened.
struct XMLReadFailure: Error {
    var line: Int
    var column: Int
    var message: String
}

/// A forward-only reader over one XML document, for parts too big to hold as a tree (worksheets).
///
/// libxml2 reads the buffer in place for the reader's whole life, so the reader owns a copy of the bytes.
/// The options are those of `LibXML.inspect`; DTDs are neither loaded nor expanded, and the caller decides
/// what to do with a `.documentType` node. The first error stops reading and is thrown with its place.
final class XMLPullReader {
    enum Node: Equatable {
        case element, endElement, text, documentType, other
    }

    private let reader: OpaquePointer
    private let buffer: UnsafeMutableBufferPointer<UInt8>
    private let sink: IssueSink

    /// libxml2 parses ahead of the reader and keeps every comment and processing instruction until the document
    /// ends (100 MB of `<!---->` took 2.5 GB; 1 GB never finished). Excel writes none in a workbook's parts, so
    /// a part with more than this many is not an export, and is refused before libxml2 sees it.
    static let asideLimit = 1_000

    init(_ bytes: [UInt8], name: String) throws(XMLReadFailure) {
        _ = initialised
        guard bytes.count < Int(Int32.max) else {
            throw XMLReadFailure(line: 0, column: 0, message: "the document is larger than libxml2 can read")
        }
        if let offset = Self.offsetPastAsideLimit(in: bytes) {
            let line = bytes[..<offset].count { $0 == UInt8(ascii: "\n") } + 1
            let lineStart = bytes[..<offset].lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
            throw XMLReadFailure(
                line: line, column: offset - lineStart + 1,
                message: "more than \(Self.asideLimit) comments or processing instructions, which Excel never writes: not a workbook export")
        }
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(bytes.count, 1))
        _ = buffer.initialize(from: bytes)
        let created = buffer.withMemoryRebound(to: CChar.self) { chars in
            xmlReaderForMemory(chars.baseAddress, Int32(bytes.count), name, nil, LibXML.options)
        }
        guard let created else {
            buffer.deallocate()
            throw XMLReadFailure(line: 0, column: 0, message: "libxml2 could not create a reader")
        }
        reader = created
        self.buffer = buffer
        sink = IssueSink(file: name)
        xmlTextReaderSetStructuredErrorHandler(reader, relay, Unmanaged.passUnretained(sink).toOpaque())
    }

    deinit {
        xmlFreeTextReader(reader)
        buffer.deallocate()
    }

    /// Where the comment or processing instruction past `asideLimit` starts (`<!--` or `<?`); `nil` when there
    /// are not that many.
    private static func offsetPastAsideLimit(in bytes: [UInt8]) -> Int? {
        var count = 0
        var offset = 0
        while offset + 1 < bytes.count {
            if bytes[offset] == UInt8(ascii: "<") {
                let next = bytes[offset + 1]
                let isComment = next == UInt8(ascii: "!") && offset + 3 < bytes.count
                    && bytes[offset + 2] == UInt8(ascii: "-") && bytes[offset + 3] == UInt8(ascii: "-")
                if next == UInt8(ascii: "?") || isComment {
                    count += 1
                    if count > asideLimit { return offset }
                }
            }
            offset += 1
        }
        return nil
    }

    /// Moves to the next node; `nil` at the end of a well-formed document.
    func next() throws(XMLReadFailure) -> Node? {
        let status = xmlTextReaderRead(reader)
        if let failure { throw failure }
        guard status == 1 else {
            if status == 0 { return nil }
            throw XMLReadFailure(line: line, column: column, message: "not well-formed XML")
        }
        return switch xmlReaderTypes(rawValue: UInt32(bitPattern: xmlTextReaderNodeType(reader))) {
        case XML_READER_TYPE_ELEMENT: .element
        case XML_READER_TYPE_END_ELEMENT: .endElement
        case XML_READER_TYPE_TEXT, XML_READER_TYPE_CDATA, XML_READER_TYPE_WHITESPACE,
             XML_READER_TYPE_SIGNIFICANT_WHITESPACE: .text
        case XML_READER_TYPE_DOCUMENT_TYPE: .documentType
        default: .other
        }
    }

    /// The current node's name without its prefix.
    var name: String {
        xmlTextReaderConstLocalName(reader).map { String(cString: $0) } ?? ""
    }

    /// Whether the current element is written `<x/>`: no end element follows.
    var isEmptyElement: Bool { xmlTextReaderIsEmptyElement(reader) == 1 }

    /// An attribute of the current element, by qualified name (`xml:space`) or by local name and namespace.
    func attribute(_ name: String, namespace: String? = nil) -> String? {
        let found = if let namespace {
            xmlTextReaderMoveToAttributeNs(reader, name, namespace)
        } else {
            xmlTextReaderMoveToAttribute(reader, name)
        }
        guard found == 1 else { return nil }
        defer { xmlTextReaderMoveToElement(reader) }
        return xmlTextReaderConstValue(reader).map { String(cString: $0) } ?? ""
    }

    /// Appends the current text node's UTF-8 bytes.
    func appendText(to bytes: inout [UInt8]) {
        guard let value = xmlTextReaderConstValue(reader) else { return }
        bytes.append(contentsOf: UnsafeBufferPointer(start: value, count: Int(xmlStrlen(value))))
    }

    /// Where the parser is, for messages.
    var line: Int { Int(xmlTextReaderGetParserLineNumber(reader)) }
    var column: Int { Int(xmlTextReaderGetParserColumnNumber(reader)) }

    private var failure: XMLReadFailure? {
        sink.issues.first { $0.level != .warning }.map {
            XMLReadFailure(line: $0.line, column: $0.column, message: $0.message)
        }
    }
}
