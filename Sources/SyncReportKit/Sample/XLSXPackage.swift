import Foundation
import ZIPFoundation

/// The parts of a one-sheet workbook as Excel writes them, and the zip package that holds them.
enum XLSXPackage {
    static func sheetStart(dimension: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r
        <worksheet xmlns="\(main)" xmlns:r="\(officeRelationships)"><dimension ref="\(dimension)"/>\
        <sheetViews><sheetView tabSelected="1" workbookViewId="0"><pane ySplit="1" topLeftCell="A2" \
        activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>\
        <sheetData>
        """
    }

    static func sheetEnd(dimension: String) -> String {
        "</sheetData><autoFilter ref=\"\(dimension)\"/></worksheet>"
    }

    static func sharedStringsStart(count: Int, uniqueCount: Int) -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r
        <sst xmlns="\(main)" count="\(count)" uniqueCount="\(uniqueCount)">
        """
    }

    /// The workbook's zip, its parts in the order Excel writes them, every entry dated `savedAt`.
    static func zip(sheetName: String, sheet: [UInt8], sharedStrings: [UInt8], savedAt: Int) -> [UInt8] {
        let savedDate = Date(timeIntervalSince1970: Double(savedAt / 1000))
        var name: [UInt8] = []
        appendEscaped(sheetName, to: &name, inAttribute: true)
        let parts: [(String, [UInt8])] = [
            ("[Content_Types].xml", Array(contentTypes.utf8)),
            ("_rels/.rels", Array(packageRelationships.utf8)),
            ("docProps/app.xml", Array(applicationProperties.utf8)),
            ("docProps/core.xml", Array(coreProperties(savedAt: savedAt).utf8)),
            ("xl/workbook.xml", Array(workbook(sheetName: String(decoding: name, as: UTF8.self)).utf8)),
            ("xl/_rels/workbook.xml.rels", Array(workbookRelationships.utf8)),
            ("xl/styles.xml", Array(styles.utf8)),
            ("xl/sharedStrings.xml", sharedStrings),
            ("xl/worksheets/sheet1.xml", sheet),
        ]
        // In memory, so nothing can fail but a bug.
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            for (path, bytes) in parts {
                try archive.addEntry(
                    with: path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: savedDate,
                    compressionMethod: .deflate
                ) { position, size in
                    Data(bytes[Int(position)..<Int(position) + size])
                }
            }
            guard let data = archive.data else { preconditionFailure("an in-memory archive has data") }
            return [UInt8](data)
        } catch {
            preconditionFailure("zipping a workbook in memory failed: \(error)")
        }
    }

    /// Escapes `&`, `<` and `>` (and `"` in an attribute); everything else is written as it is, in UTF-8.
    static func appendEscaped(_ text: String, to bytes: inout [UInt8], inAttribute: Bool = false) {
        var text = text
        text.withUTF8 { utf8 in
            var runStart = 0
            for index in utf8.indices {
                let escape: String
                switch utf8[index] {
                case UInt8(ascii: "&"): escape = "&amp;"
                case UInt8(ascii: "<"): escape = "&lt;"
                case UInt8(ascii: ">"): escape = "&gt;"
                case UInt8(ascii: "\"") where inAttribute: escape = "&quot;"
                default: continue
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                bytes.append(contentsOf: escape.utf8)
                runStart = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
    }

    private static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    private static let officeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    private static let packageRelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships"
    private static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"

    private static let contentTypes = declaration + """
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/xl/workbook.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
        <Override PartName="/xl/worksheets/sheet1.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
        <Override PartName="/xl/styles.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
        <Override PartName="/xl/sharedStrings.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>\
        <Override PartName="/docProps/core.xml" \
        ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
        <Override PartName="/docProps/app.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>
        """

    private static let packageRelationships = declaration + """
        <Relationships xmlns="\(packageRelationshipsNamespace)">\
        <Relationship Id="rId3" Type="\(officeRelationships)/extended-properties" Target="docProps/app.xml"/>\
        <Relationship Id="rId2" \
        Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" \
        Target="docProps/core.xml"/>\
        <Relationship Id="rId1" Type="\(officeRelationships)/officeDocument" Target="xl/workbook.xml"/>\
        </Relationships>
        """

    private static let applicationProperties = declaration + """
        <Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">\
        <Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>\
        </Properties>
        """

    private static func coreProperties(savedAt: Int) -> String {
        var time: [UInt8] = []
        SampleTimestamp.append(milliseconds: savedAt, separator: UInt8(ascii: "T"), to: &time)
        let stamp = String(decoding: time, as: UTF8.self) + "Z"
        return declaration + """
            <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
            xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" \
            xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\
            <dcterms:created xsi:type="dcterms:W3CDTF">\(stamp)</dcterms:created>\
            <dcterms:modified xsi:type="dcterms:W3CDTF">\(stamp)</dcterms:modified></cp:coreProperties>
            """
    }

    private static func workbook(sheetName: String) -> String {
        declaration + """
            <workbook xmlns="\(main)" xmlns:r="\(officeRelationships)"><bookViews><workbookView/></bookViews>\
            <sheets><sheet name="\(sheetName)" sheetId="1" r:id="rId1"/></sheets></workbook>
            """
    }

    private static let workbookRelationships = declaration + """
        <Relationships xmlns="\(packageRelationshipsNamespace)">\
        <Relationship Id="rId1" Type="\(officeRelationships)/worksheet" Target="worksheets/sheet1.xml"/>\
        <Relationship Id="rId2" Type="\(officeRelationships)/styles" Target="styles.xml"/>\
        <Relationship Id="rId3" Type="\(officeRelationships)/sharedStrings" Target="sharedStrings.xml"/>\
        </Relationships>
        """

    /// Cell formats: 0 General, 1 the date-time format 164, 2 bold (the header row).
    private static let styles = declaration + """
        <styleSheet xmlns="\(main)"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd hh:mm:ss"/>\
        </numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>\
        <font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="2">\
        <fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
        <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
        <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
        <cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
        <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
        <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>\
        <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>
        """
}
