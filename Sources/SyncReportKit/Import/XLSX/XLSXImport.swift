/// Reads an Excel workbook (.xlsx): every visible worksheet with cells is one export table, named
/// `book.xlsx[Sheet]` in messages. Hidden sheets are skipped: Edit in Excel keeps its bookkeeping there.
/// A visible sheet whose header row is no known export makes the whole file an input error.
struct XLSXImport: Sendable {
    let options: ImportOptions
    let limits: WorkbookArchive.Limits

    init(options: ImportOptions, limits: WorkbookArchive.Limits? = nil) {
        self.options = options
        self.limits = limits ?? WorkbookArchive.Limits(totalBytes: options.limits.unpackedBytes)
    }

    func run(_ file: InputFile) throws(ImportError) -> [ImportedTable] {
        var archive = try WorkbookArchive(file, limits: limits)
        let manifest = try WorkbookManifest.read(from: &archive, file: file.name)
        var strings = SharedStrings()
        if let part = manifest.sharedStringsPart, let bytes = try archive.part(part) {
            strings = try SharedStrings.read(bytes, file: file.name, part: part)
        }
        var dates = DateStyles()
        if let part = manifest.stylesPart, let bytes = try archive.part(part) {
            dates = try DateStyles.read(bytes, file: file.name, part: part)
        }
        let parser = WorksheetParser(
            strings: strings, dates: dates, isDate1904: manifest.isDate1904,
            textLimit: min(limits.partBytes, Int(UInt32.max)))
        let sha256 = sha256Hex(file.bytes)

        var tables: [ImportedTable] = []
        for sheet in manifest.sheets where !sheet.isHidden {
            guard let part = sheet.part else { continue }
            guard let bytes = try archive.part(part) else {
                throw .unreadableWorkbook(file: file.name, reason: "sheet '\(sheet.name)' points to \(part), which the package does not have")
            }
            let table = try parser.read(bytes, file: file.name, part: part)
            guard !table.rows.isEmpty else { continue }
            var reader = XLSXRowReader(sheet: table)
            let tableImport = TableImport(
                file: "\(file.name)[\(sheet.name)]", format: InputFormat.xlsx.rawValue, sha256: sha256, options: options)
            tables.append(try tableImport.run(&reader))
        }
        guard !tables.isEmpty else { throw .empty(file: file.name) }
        return tables
    }
}
