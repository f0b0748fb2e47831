/// Reads one OData JSON export: a page as Business Central's web services return it (`{"value": [...]}`,
/// one file per page when `@odata.nextLink` splits it) or a plain array of row objects. UTF-8, with or without BOM.
struct JSONImport: Sendable {
    let options: ImportOptions

    func run(_ file: InputFile) throws(ImportError) -> ImportedTable {
        let text = try TextDecoding.utf8(file.bytes, file: file.name)
        let table = try JSONPageParser(text: text.withoutMark, file: file.name).parse()
        if table.header.isEmpty, let kind = table.declaredKind {
            return ImportedTable(summary: InputSummary(
                file: file.name, table: kind, format: InputFormat.json.rawValue, sha256: sha256Hex(file.bytes),
                rowsRead: 0, rowsUsed: 0, rowsRejected: 0, absentColumns: []))
        }
        var reader = JSONRowReader(table: table)
        return try TableImport(file: file.name, format: InputFormat.json.rawValue, sha256: sha256Hex(file.bytes), options: options)
            .run(&reader)
    }
}
