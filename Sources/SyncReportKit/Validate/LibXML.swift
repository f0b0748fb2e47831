internal import CLibXML2
import Foundation

// The only file that touches libxml2. Only Swift values leave it.

private let initialised: Void = {
    xmlInitParser()
    xmlSetExternalEntityLoader(xmlNoNetExternalEntityLoader)
}()

/// libxml2's parser with safe options: no network, no entity expansion, no DTD loading, every diagnostic kept.
enum LibXML {
    /// Parses `bytes` as XML and returns every warning and error; an empty result means well-formed.
    /// `name` is the page's name, used in the issues.
    static func check(_ bytes: [UInt8], name: String) -> [MarkupIssue] {
        _ = initialised
        let sink = IssueSink(file: name)
        let context = Unmanaged.passUnretained(sink).toOpaque()
        return withExtendedLifetime(sink) {
            xmlSetStructuredErrorFunc(context) { context, error in
                guard let context, let error else { return }
                Unmanaged<IssueSink>.fromOpaque(context).takeUnretainedValue().add(error.pointee)
            }
            defer { xmlSetStructuredErrorFunc(nil, nil) }
            guard let parser = xmlNewParserCtxt() else {
                return [MarkupIssue(file: name, line: 0, column: 0, level: .fatal, message: "libxml2 could not create a parser")]
            }
            defer { xmlFreeParserCtxt(parser) }
            let options = Int32(XML_PARSE_NONET.rawValue)
            let document = bytes.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { chars in
                    xmlCtxtReadMemory(parser, chars.baseAddress, Int32(chars.count), name, "UTF-8", options)
                }
            }
            if let document { xmlFreeDoc(document) }
            if parser.pointee.wellFormed == 0, sink.issues.isEmpty {
                sink.issues.append(MarkupIssue(file: name, line: 0, column: 0, level: .fatal, message: "not well-formed XML"))
            }
            return sink.issues
        }
    }
}

/// Collects libxml2's structured errors for one parse; reached through the callback's context pointer.
private final class IssueSink {
    let file: String
    var issues: [MarkupIssue] = []

    init(file: String) { self.file = file }

    func add(_ error: xmlError) {
        let level: MarkupIssue.Level = switch error.level {
        case XML_ERR_WARNING: .warning
        case XML_ERR_ERROR: .error
        default: .fatal
        }
        let message = error.message.map { String(cString: $0) } ?? "unknown libxml2 error \(error.code)"
        issues.append(MarkupIssue(
            file: file, line: Int(error.line), column: Int(error.int2), level: level,
            message: message.trimmingCharacters(in: .whitespacesAndNewlines)))
    }
}
