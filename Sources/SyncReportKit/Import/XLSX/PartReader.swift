/// Reads one XML part of a workbook node by node. libxml2's errors become input errors that name the
/// part, and so does a DTD: workbooks never have one, and refusing it leaves no entity to expand or fetch.
struct PartReader {
    let file: String
    let part: String
    private let reader: XMLPullReader

    init(_ bytes: [UInt8], file: String, part: String) throws(ImportError) {
        self.file = file
        self.part = part
        do {
            reader = try XMLPullReader(bytes, name: part)
        } catch {
            throw .malformedWorkbookPart(file: file, part: part, line: error.line, column: error.column, reason: error.message)
        }
    }

    /// The next node; `nil` at the end of the part.
    func next() throws(ImportError) -> XMLPullReader.Node? {
        let node: XMLPullReader.Node?
        do {
            node = try reader.next()
        } catch {
            throw .malformedWorkbookPart(file: file, part: part, line: error.line, column: error.column, reason: error.message)
        }
        if node == .documentType { throw failure("the part declares a DTD, which workbooks never do; refused") }
        return node
    }

    var name: String { reader.name }
    var isEmptyElement: Bool { reader.isEmptyElement }

    func attribute(_ name: String, namespace: String? = nil) -> String? {
        reader.attribute(name, namespace: namespace)
    }

    func appendText(to bytes: inout [UInt8]) {
        reader.appendText(to: &bytes)
    }

    /// An input error at the reader's place in the part.
    func failure(_ reason: String) -> ImportError {
        .malformedWorkbookPart(file: file, part: part, line: reader.line, column: reader.column, reason: reason)
    }
}
