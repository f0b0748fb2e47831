/// What `xl/workbook.xml` and its relationships say: the sheets in tab order, the parts that hold them and
/// the shared strings and styles, and the date system.
struct WorkbookManifest {
    struct Sheet {
        var name: String
        /// The worksheet's part, or `nil` for a sheet that holds no cells (a chart sheet).
        var part: String?
        /// `hidden` or `veryHidden`: Edit in Excel keeps its bookkeeping in such sheets.
        var isHidden: Bool
    }

    var sheets: [Sheet] = []
    var sharedStringsPart: String?
    var stylesPart: String?
    /// Serial 0 is 1904-01-01 rather than 1900-01-00 (`<workbookPr date1904="1"/>`, old Mac workbooks).
    var isDate1904 = false

    static let workbookPart = "xl/workbook.xml"
    private static let relationshipNamespaces = [
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
        "http://purl.oclc.org/ooxml/officeDocument/relationships",
    ]

    static func read(from archive: inout WorkbookArchive, file: String) throws(ImportError) -> WorkbookManifest {
        guard let workbook = try archive.part(workbookPart) else {
            throw .unreadableWorkbook(file: file, reason: "the package has no \(workbookPart), so it is not an Excel workbook")
        }
        let relationshipsPart = "xl/_rels/workbook.xml.rels"
        guard let relationshipBytes = try archive.part(relationshipsPart) else {
            throw .unreadableWorkbook(file: file, reason: "the package has no \(relationshipsPart)")
        }
        let relationships = try Relationships.read(relationshipBytes, file: file, part: relationshipsPart, base: "xl/")
        var manifest = WorkbookManifest()
        manifest.sharedStringsPart = relationships.first { $0.type.hasSuffix("/sharedStrings") }?.target
        manifest.stylesPart = relationships.first { $0.type.hasSuffix("/styles") }?.target

        let reader = try PartReader(workbook, file: file, part: workbookPart)
        while let node = try reader.next() {
            guard node == .element else { continue }
            switch reader.name {
            case "workbookPr":
                manifest.isDate1904 = ["1", "true"].contains(reader.attribute("date1904"))
            case "sheet":
                let name = reader.attribute("name") ?? "Sheet\(manifest.sheets.count + 1)"
                guard let id = relationshipNamespaces.lazy.compactMap({ reader.attribute("id", namespace: $0) }).first,
                      let relationship = relationships.first(where: { $0.id == id })
                else { throw reader.failure("sheet '\(name)' has no relationship to its part in \(relationshipsPart)") }
                let state = reader.attribute("state")
                manifest.sheets.append(Sheet(
                    name: name,
                    part: relationship.type.hasSuffix("/worksheet") ? relationship.target : nil,
                    isHidden: state == "hidden" || state == "veryHidden"))
            default:
                break
            }
        }
        return manifest
    }
}
