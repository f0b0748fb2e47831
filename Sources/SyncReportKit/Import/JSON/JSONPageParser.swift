/// Reads an OData v4 page (`{"value": [...]}`, other keys ignored) or a plain array of row objects into a
/// `JSONTable`. The header is the union of the rows' keys; an element that is not an object of plain values
/// becomes a row with a problem, so it is rejected while the other rows are used.
struct JSONPageParser {
    /// A key seen in a row, with its header column; annotations such as `@odata.etag` have none.
    private struct Key {
        var name: [UInt8]
        var column: Int?
    }

    private var scanner: JSONScanner
    private var table: JSONTable
    private var keys: [Key] = []
    private var keyIndex: [[UInt8]: Int] = [:]
    /// The key at each position of the previous row. Rows nearly always repeat it, which saves hashing every key.
    private var expectedKeys: [Int] = []
    /// The last row that had each column, to find a key given twice.
    private var lastRowWithColumn: [Int] = []

    init(text: [UInt8], file: String) {
        scanner = JSONScanner(bytes: text, file: file)
        table = JSONTable(source: text)
    }

    consuming func parse() throws(ImportError) -> JSONTable {
        let rowsAt: Int
        switch scanner.peekToken() {
        case nil:
            throw .empty(file: scanner.file)
        case UInt8(ascii: "["):
            rowsAt = scanner.position
            try readRows()
        case UInt8(ascii: "{"):
            rowsAt = try readPage()
        case let byte?:
            let start = scanner.position
            try scanner.skipValue()
            throw notAPage(
                at: start, "expected an OData page {\"value\": [...]} or an array of rows, found \(JSONScanner.kind(of: byte))")
        }
        guard scanner.peekToken() == nil else { throw scanner.failure(expected: "the end of the file after the JSON value") }
        guard !table.header.isEmpty || table.declaredKind != nil else {
            let (line, column) = TextDecoding.place(of: rowsAt, in: table.source)
            throw .emptyPage(file: scanner.file, line: line, column: column)
        }
        table.decoded = scanner.decoded
        return table
    }

    /// The page object, whose `value` array holds the rows; returns where that array starts.
    private mutating func readPage() throws(ImportError) -> Int {
        let pageAt = scanner.position
        scanner.advance()
        var rowsAt: Int?
        var isErrorResponse = false
        var errorMessage: String?
        if scanner.peekToken() == UInt8(ascii: "}") {
            scanner.advance()
        } else {
            repeat {
                let mark = scanner.decoded.count
                let key = try scanner.memberKey()
                let isValue = scanner.text(key).elementsEqual("value".utf8)
                let isError = scanner.text(key).elementsEqual("error".utf8)
                let isTable = scanner.text(key).elementsEqual(JSONTable.tableAnnotation.utf8)
                scanner.discardDecoded(from: mark)
                if isValue {
                    guard rowsAt == nil else { throw notAPage(at: key.offset, "the page has two 'value' keys") }
                    guard scanner.peekToken() == UInt8(ascii: "[") else {
                        let start = scanner.position
                        try scanner.skipValue()
                        let kind = JSONScanner.kind(of: scanner.bytes[start])
                        throw notAPage(at: start, "'value' is \(kind), but it must be the array of rows")
                    }
                    rowsAt = scanner.position
                    try readRows()
                } else if isTable {
                    table.declaredKind = try declaredKind()
                } else if isError {
                    isErrorResponse = true
                    errorMessage = try readErrorMessage()
                } else {
                    try scanner.skipValue()
                }
            } while try scanner.endOfMember(UInt8(ascii: "}"), in: "the page object")
        }
        if let rowsAt { return rowsAt }
        guard isErrorResponse else {
            throw notAPage(at: pageAt, "the object has no 'value' array of rows; expected an OData page {\"value\": [...]}")
        }
        throw notAPage(at: pageAt, "this is an OData error response, not a page of rows" + (errorMessage.map { ": " + $0 } ?? ""))
    }

    /// The table a page without rows belongs to, as `syncreport fetch` names it.
    private mutating func declaredKind() throws(ImportError) -> TableKind {
        let start = scanner.position
        guard scanner.peekToken() == UInt8(ascii: "\"") else {
            try scanner.skipValue()
            throw notAPage(at: start, "'\(JSONTable.tableAnnotation)' must name a table: \(TableKind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let mark = scanner.decoded.count
        let span = try scanner.string()
        let name = String(decoding: scanner.text(span), as: UTF8.self)
        scanner.discardDecoded(from: mark)
        guard let kind = TableKind(rawValue: name) else {
            throw notAPage(at: start, "'\(JSONTable.tableAnnotation)' names no table syncreport reads: '\(name)'")
        }
        return kind
    }

    /// The `message` of an OData error (`{"error": {"code": ..., "message": ...}}`): why the export failed.
    private mutating func readErrorMessage() throws(ImportError) -> String? {
        guard scanner.peekToken() == UInt8(ascii: "{") else {
            try scanner.skipValue()
            return nil
        }
        scanner.advance()
        if scanner.peekToken() == UInt8(ascii: "}") {
            scanner.advance()
            return nil
        }
        var message: String?
        repeat {
            let key = try scanner.memberKey()
            if scanner.text(key).elementsEqual("message".utf8), scanner.peekToken() == UInt8(ascii: "\"") {
                // Two steps: `scanner.text` would otherwise see the scanner as it was before the string was decoded.
                let span = try scanner.string()
                message = String(decoding: scanner.text(span), as: UTF8.self)
            } else {
                try scanner.skipValue()
            }
        } while try scanner.endOfMember(UInt8(ascii: "}"), in: "an object")
        return message
    }

    private mutating func readRows() throws(ImportError) {
        scanner.advance()
        if scanner.peekToken() == UInt8(ascii: "]") {
            scanner.advance()
            return
        }
        repeat {
            if scanner.peekToken() == UInt8(ascii: "{") {
                try readRow()
            } else {
                try readElementThatIsNotAnObject()
            }
        } while try scanner.endOfMember(UInt8(ascii: "]"), in: "the array of rows")
    }

    private mutating func readRow() throws(ImportError) {
        let row = table.rows.count
        let anchor = scanner.anchor
        let firstCell = table.cells.count
        var problem: RowProblem?
        scanner.advance()
        if scanner.peekToken() == UInt8(ascii: "}") {
            scanner.advance()
        } else {
            var position = 0
            repeat {
                let (key, keyAt) = try readKey(at: position)
                position += 1
                guard let column = keys[key].column else {
                    try scanner.skipValue()
                    continue
                }
                if lastRowWithColumn[column] == row, problem == nil {
                    let (line, keyColumn) = table.place(of: keyAt, from: anchor)
                    problem = RowProblem(line: line, column: keyColumn, reason: "the key '\(name(key))' is given twice in the row")
                }
                lastRowWithColumn[column] = row
                switch scanner.peekToken() {
                case let byte? where byte == UInt8(ascii: "{") || byte == UInt8(ascii: "["):
                    table.fieldProblems[JSONTable.FieldPlace(row: row, column: column)] = RowProblem(
                        line: scanner.line, column: scanner.column,
                        reason: "'\(name(key))' holds \(JSONScanner.kind(of: byte)); a field must be text, a number, true, false or null")
                    try scanner.skipValue()
                case UInt8(ascii: "\""):
                    table.cells.append(JSONTable.Cell(column: column, value: try scanner.string()))
                default:
                    table.cells.append(JSONTable.Cell(column: column, value: try scanner.scalar()))
                }
            } while try scanner.endOfMember(UInt8(ascii: "}"), in: "a row")
        }
        table.rows.append(JSONTable.Row(anchor: anchor, cells: firstCell..<table.cells.count))
        if let problem { table.problems[row] = problem }
    }

    private mutating func readElementThatIsNotAnObject() throws(ImportError) {
        let anchor = scanner.anchor
        try scanner.skipValue()
        let kind = JSONScanner.kind(of: table.source[anchor.offset])
        table.problems[table.rows.count] = RowProblem(
            line: anchor.line, column: anchor.column, reason: "the row is \(kind), not an object of fields")
        table.rows.append(JSONTable.Row(anchor: anchor, cells: table.cells.count..<table.cells.count))
    }

    /// The index in `keys` of the row's next key and where it is, adding the key (and a header column) when new.
    private mutating func readKey(at position: Int) throws(ImportError) -> (key: Int, offset: Int) {
        let mark = scanner.decoded.count
        let span = try scanner.memberKey()
        let index: Int
        if let known = knownKey(span, at: position) {
            index = known
            scanner.discardDecoded(from: mark)
        } else {
            index = keys.count
            let name = Array(scanner.text(span))
            // OData annotations are `@namespace.term` or `Property@namespace.term`; no field name has an `@`.
            let isAnnotation = name.contains(UInt8(ascii: "@"))
            keys.append(Key(name: name, column: isAnnotation ? nil : table.header.count))
            keyIndex[name] = index
            if isAnnotation {
                scanner.discardDecoded(from: mark)
            } else {
                table.header.append(span)
                lastRowWithColumn.append(-1)
            }
        }
        if position < expectedKeys.count {
            expectedKeys[position] = index
        } else {
            expectedKeys.append(index)
        }
        return (index, span.offset)
    }

    /// Not mutating, so no slice of the decoded text outlives the lookup and forces a copy when it grows.
    private func knownKey(_ span: JSONSpan, at position: Int) -> Int? {
        let name = scanner.text(span)
        if position < expectedKeys.count, keys[expectedKeys[position]].name[...] == name { return expectedKeys[position] }
        return keyIndex[Array(name)]
    }

    private func name(_ key: Int) -> String {
        String(decoding: keys[key].name, as: UTF8.self)
    }

    private func notAPage(at offset: Int, _ reason: String) -> ImportError {
        let (line, column) = TextDecoding.place(of: offset, in: table.source)
        return .notAPage(file: scanner.file, line: line, column: column, reason: reason)
    }
}
