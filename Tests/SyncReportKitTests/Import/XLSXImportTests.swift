import Foundation
import Testing
@testable import SyncReportKit

/// Fixtures come from `Fixtures/xlsx/make_fixtures.py` (openpyxl writes inline strings, xlsxwriter shared strings).
@Suite struct XLSXImportTests {
    private static let job1 = GUID("{6F9619FF-8B86-D011-B42D-00C04FC964FF}")!
    private static let job2 = GUID("{7A9619FF-8B86-D011-B42D-00C04FC964FF}")!

    private func book(_ name: String) throws -> InputFile {
        let input = try Fixtures.input("xlsx/\(name)")
        return InputFile(name: name, bytes: input.bytes)
    }

    private func tables(_ name: String, timeZone: String = "UTC") throws -> [ImportedTable] {
        try XLSXImport(options: ImportOptions(timeZone: TimeZone(identifier: timeZone)!)).run(book(name))
    }

    private func table(_ kind: TableKind, in tables: [ImportedTable]) throws -> ImportedTable {
        try #require(tables.first { $0.summary.table == kind })
    }

    private func utc(_ text: String) -> Date {
        try! TimestampParser(timeZone: TimeZone(identifier: "UTC")!).parse(Array(text.utf8)[...]).get()!
    }

    private static let noOrigin = SourceLocation(file: "", line: 0, column: 0)

    // MARK: Both writers

    /// openpyxl writes inline strings, xlsxwriter shared strings, LibreOffice Calc its own styles and layout.
    @Test(arguments: ["night-openpyxl.xlsx", "night-libreoffice.xlsx"])
    func everyWriterImportsTheSameTypedValues(name: String) throws {
        let inline = try tables(name)
        let shared = try tables("night-xlsxwriter.xlsx")
        for kind in [TableKind.jobs, .errors] {
            let left = try table(kind, in: inline)
            let right = try table(kind, in: shared)
            #expect(left.jobs.map(\.withoutOrigin) == right.jobs.map(\.withoutOrigin))
            #expect(left.errors.map(\.withoutOrigin) == right.errors.map(\.withoutOrigin))
            #expect(left.jobs.map(\.origin.line) == right.jobs.map(\.origin.line))
        }
        #expect(try table(.jobs, in: inline).jobs.count == 2)
        #expect(try table(.errors, in: inline).errors.count == 3)
    }

    @Test func readsTheJobsSheet() throws {
        let jobs = try table(.jobs, in: tables("night-xlsxwriter.xlsx")).jobs
        #expect(jobs.map(\.id) == [Self.job1, Self.job2])
        #expect(jobs[0].mapping == "CUSTOMER")
        #expect(jobs[0].type == "Synchronization")
        #expect(jobs[0].direction == .toIntegrationTable)
        #expect(jobs[0].counts == JobCounts(inserted: 0, modified: 3, deleted: 0, unchanged: 40, skipped: 0, failed: 2))
        #expect(jobs[0].message == "")
        #expect(jobs[1].direction == .fromIntegrationTable)
        #expect(jobs[1].counts.unchanged == 1000)
        #expect(jobs[1].finish == nil)
        #expect(jobs[1].message == "The Dataverse connection was paused; the job resumed later.")
        #expect(jobs[0].origin == SourceLocation(file: "night-xlsxwriter.xlsx[Jobs]", line: 2, column: 1))
    }

    @Test func readsRichTextMultiLineMessagesQuotesAndNonASCII() throws {
        let errors = try table(.errors, in: tables("night-openpyxl.xlsx")).errors
        #expect(errors.map(\.no) == [1201, 1202, 1203])
        #expect(errors[0].message.hasPrefix("Cannot update a record in the Dataverse Account table. The mapping"))
        #expect(errors[0].destination == RecordID(table: "Dataverse Account", key: "{3F2504E0-4F89-11D3-9A0C-0305E82C3301}"))
        #expect(errors[1].message == "Currency EUR must be coupled\nto a Dataverse Transactioncurrency record.")
        #expect(errors[1].source == RecordID(table: "Customer", key: "C-10/20 <\"A&B\">"))
        #expect(errors[1].destination == nil)
        #expect(errors[2].source == RecordID(table: "Customer", key: "MÜLLER-01"))
        #expect(errors[2].message
            == "Der Datensatz „Müller GmbH“ konnte nicht aktualisiert werden, weil \"Name\" geändert wurde, siehe Ressource ‹Kunde›.")
        #expect(errors.allSatisfy { $0.jobID == Self.job1 })
    }

    @Test func readsCouplingsBooleansAndBlankOptions() throws {
        let couplings = try table(.couplings, in: tables("night-xlsxwriter.xlsx")).couplings
        #expect(couplings.map(\.withoutOrigin) == [
            Coupling(
                crmID: GUID("{3F2504E0-4F89-11D3-9A0C-0305E82C3301}")!, integrationID: GUID("{11111111-2222-3333-4444-555555555555}")!,
                tableID: 18, lastSynchResult: nil, lastSynchCRMResult: .success, isSkipped: false, origin: Self.noOrigin),
            Coupling(
                crmID: GUID("{3F2504E0-4F89-11D3-9A0C-0305E82C3302}")!, integrationID: GUID("{11111111-2222-3333-4444-555555555556}")!,
                tableID: 18, lastSynchResult: .failure, lastSynchCRMResult: nil, isSkipped: true, origin: Self.noOrigin),
        ])
    }

    // MARK: Dates

    @Test(arguments: [("UTC", 0), ("Europe/Berlin", 3600)])
    func datesAreLocalTimesInTheGivenTimeZone(zone: String, offset: Int) throws {
        for name in ["night-openpyxl.xlsx", "night-xlsxwriter.xlsx", "night-libreoffice.xlsx", "night-1904.xlsx"] {
            let found = try tables(name, timeZone: zone)
            let jobs = try table(.jobs, in: found).jobs
            let errors = try table(.errors, in: found).errors
            let shift = TimeInterval(-offset)
            #expect(jobs[0].start == utc("2026-11-24T22:00:00Z").addingTimeInterval(shift), "\(name)")
            #expect(jobs[0].finish == utc("2026-11-24T22:01:30Z").addingTimeInterval(shift), "\(name)")
            #expect(jobs[1].start == utc("2026-11-25T00:00:00Z").addingTimeInterval(shift), "\(name)")
            #expect(errors.map(\.loggedAt) == [
                utc("2026-11-24T22:00:12Z"), utc("2026-11-24T22:00:40Z"),
                // 22:00:59.6 rounds to the nearest second.
                utc("2026-11-24T22:01:00Z"),
            ].map { $0.addingTimeInterval(shift) }, "\(name)")
        }
    }

    @Test(arguments: zip(
        [(1.0, false), (59.0, false), (60.0, false), (61.0, false), (0.0, false), (0.5, false),
         (46350.91666666666, false), (46350.999999, false), (0.0, true), (44889.75, true)],
        ["1900-01-01T00:00:00", "1900-02-28T00:00:00", "1900-02-29T00:00:00", "1900-03-01T00:00:00",
         "1899-12-31T00:00:00", "1899-12-31T12:00:00", "2026-11-24T22:00:00", "2026-11-25T00:00:00",
         "1904-01-01T00:00:00", "2026-11-25T18:00:00"]))
    func serialNumbersBecomeLocalISOText(serial: (Double, Bool), expected: String) {
        var bytes: [UInt8] = []
        #expect(ExcelSerialDate.append(serial.0, is1904: serial.1, to: &bytes))
        #expect(String(decoding: bytes, as: UTF8.self) == expected)
    }

    @Test func serialsNoDateHasStayNumbers() {
        var bytes: [UInt8] = []
        #expect(!ExcelSerialDate.append(-1, is1904: false, to: &bytes))
        #expect(!ExcelSerialDate.append(3_000_000, is1904: false, to: &bytes))
        #expect(!ExcelSerialDate.append(.nan, is1904: true, to: &bytes))
        #expect(bytes.isEmpty)
    }

    @Test(arguments: zip(
        ["yyyy-mm-dd hh:mm:ss", "[$-407]dd.mm.yyyy hh:mm:ss", "m/d/yy", "[h]:mm", "mm:ss", "General", "0.00",
         "[Red]0.00", "#,##0 \"days\"", "0.00E+00", "@", "[>=100]0;0.00", "_(* #,##0_)"],
        [true, true, true, true, true, false, false, false, false, false, false, false, false]))
    func dateFormatsAreToldFromNumberFormats(code: String, isDate: Bool) {
        #expect(DateStyles.isDateFormat(code) == isDate)
    }

    // MARK: Cells

    @Test(arguments: zip(
        ["10", "10.0", "1.0E3", "1000.0", "-3.0", "0.25", "1E+20", "46350.5"],
        ["10", "10", "1000", "1000", "-3", "0.25", "1E+20", "46350.5"]))
    func wholeNumbersLoseTheirFraction(stored: String, expected: String) {
        var bytes: [UInt8] = []
        NumberText.append(Array(stored.utf8)[...], to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == expected)
    }

    @Test func readsCellsWithoutReferencesFormulaStringsAndWholeNumbersWithFractions() throws {
        let jobs = try table(.jobs, in: tables("cell-forms.xlsx"))
        #expect(jobs.jobs.count == 1)
        #expect(jobs.jobs[0].start == utc("2026-11-24T22:00:00Z"))
        #expect(jobs.jobs[0].counts.failed == 3)
        #expect(jobs.jobs[0].counts.unchanged == 1000)
        #expect(jobs.jobs[0].message == "line one\r\nline two")
        #expect(jobs.jobs[0].type == "true")
        #expect(jobs.rejected == [RejectedRow(
            location: SourceLocation(file: "cell-forms.xlsx[Jobs]", line: 4, column: 3),
            reason: "Failed: '2.5' is not a whole number")])
    }

    @Test(arguments: zip(["A1", "C7", "AA10", "XFD1048576", "XFE1", "A1048577", "a1", "1A", "A", "A0"],
                         [CellReference(column: 1, row: 1), CellReference(column: 3, row: 7), CellReference(column: 27, row: 10),
                          CellReference(column: 16_384, row: 1_048_576), nil, nil, nil, nil, nil, nil]))
    func cellReferencesNameColumnAndRow(text: String, expected: CellReference?) {
        #expect(CellReference(text) == expected)
    }

    @Test(arguments: zip(["a_x000D_b", "_x005F_x000D_", "_x00e9_t_x00C9_", "_x12_", "_xD83D_", "plain"],
                         ["a\rb", "_x000D_", "étÉ", "_x12_", "_xD83D_", "plain"]))
    func escapedCharactersAreDecoded(stored: String, expected: String) {
        var bytes = Array(("<" + stored).utf8)
        EscapedCharacters.decode(&bytes, from: 1)
        #expect(String(decoding: bytes, as: UTF8.self) == "<" + expected)
    }

    @Test(arguments: zip(["worksheets/sheet1.xml", "/xl/worksheets/sheet1.xml", "../xl/./worksheets/sheet1.xml"],
                         ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet1.xml"]))
    func relationshipTargetsResolveAgainstTheWorkbookFolder(target: String, expected: String) {
        #expect(Relationships.resolve(target, base: "xl/") == expected)
    }

    // MARK: Rejected rows and counts

    @Test func aBadCellRejectsTheRowNamingSheetRowAndColumn() throws {
        let errors = try table(.errors, in: tables("rejected.xlsx"))
        #expect(errors.errors.map(\.no) == [1201, 1202, 1203])
        #expect(errors.rejected.map(\.location) == [
            SourceLocation(file: "rejected.xlsx[Errors]", line: 6, column: 5),
            SourceLocation(file: "rejected.xlsx[Errors]", line: 7, column: 5),
        ])
        #expect(errors.rejected[0].reason.hasPrefix("Date/Time: 'not a date' is not"))
        #expect(errors.rejected[1].reason.hasPrefix("Date/Time: '#N/A' is not"))
    }

    @Test(arguments: ["night-openpyxl.xlsx", "night-xlsxwriter.xlsx", "night-libreoffice.xlsx", "night-1904.xlsx", "rejected.xlsx", "cell-forms.xlsx"])
    func everyRowOfEverySheetIsUsedOrRejected(name: String) throws {
        for table in try tables(name) {
            let summary = table.summary
            #expect(summary.rowsRead == summary.rowsUsed + summary.rowsRejected, "\(summary.file)")
            #expect(summary.rowsRejected == table.rejected.count)
            #expect(summary.format == "xlsx")
        }
    }

    @Test func hiddenSheetsAreSkippedAndEachVisibleSheetIsOneInput() throws {
        #expect(try tables("night-openpyxl.xlsx").map(\.summary.file) == ["night-openpyxl.xlsx[Jobs]", "night-openpyxl.xlsx[Errors]"])
        let shared = try tables("night-xlsxwriter.xlsx")
        #expect(shared.map(\.summary.file)
            == ["night-xlsxwriter.xlsx[Jobs]", "night-xlsxwriter.xlsx[Errors]", "night-xlsxwriter.xlsx[Couplings]"])
        #expect(shared.map(\.summary.rowsRead) == [2, 3, 2])
        #expect(Set(shared.map(\.summary.sha256)).count == 1)
    }

    @Test func aVisibleSheetThatIsNoExportIsAnInputErrorNamingTheSheet() throws {
        #expect(throws: ImportError.unknownTable(file: "unknown-sheet.xlsx[Notes]", headers: ["Note", "Author"])) {
            try tables("unknown-sheet.xlsx")
        }
    }

    @Test func theImporterReadsWorkbooks() throws {
        let dataset = try Importer().run([book("night-xlsxwriter.xlsx")])
        #expect(dataset.jobs.count == 2)
        #expect(dataset.errors.count == 3)
        #expect(dataset.couplings.count == 2)
        #expect(dataset.rejected.isEmpty)
    }

    @Test func aCopyOfTheReaderReplaysTheRows() throws {
        var sheet = SheetTable()
        sheet.text = Array("IDXabc".utf8)
        sheet.cells = [SheetTable.Cell(end: 2, column: 1), SheetTable.Cell(end: 3, column: 3), SheetTable.Cell(end: 6, column: 3)]
        sheet.rows = [SheetTable.Row(number: 1, firstCell: 0), SheetTable.Row(number: 4, firstCell: 2)]
        var reader = XLSXRowReader(sheet: sheet)
        var row = XLSXRow()
        let readHeader = reader.next(into: &row)
        #expect(readHeader)
        let copy = reader
        var rows: [[String]] = []
        for var current in [reader, copy] {
            let readRow = current.next(into: &row)
            rows.append((0..<row.count).map(row.string))
            #expect(readRow && row.line == 4 && row.column(2) == 3)
            let readMore = current.next(into: &row)
            #expect(!readMore)
        }
        #expect(rows == [["", "", "abc"], ["", "", "abc"]])
    }

    // MARK: Damaged and hostile files

    @Test func bytesThatAreNoZipAreAClearError() {
        #expect(throws: ImportError.unreadableWorkbook(
            file: "x.xlsx", reason: "it is not a zip package, or its directory is damaged")) {
            try XLSXImport(options: ImportOptions()).run(InputFile(name: "x.xlsx", bytes: Array("PK\u{3}\u{4} not really a zip".utf8)))
        }
    }

    @Test(arguments: [0.1, 0.5, 0.9, 0.99])
    func aTruncatedWorkbookIsAClearError(fraction: Double) throws {
        let whole = try book("night-xlsxwriter.xlsx")
        let cut = InputFile(name: "cut.xlsx", bytes: Array(whole.bytes.prefix(Int(Double(whole.bytes.count) * fraction))))
        #expect(throws: ImportError.self) { try XLSXImport(options: ImportOptions()).run(cut) }
    }

    /// A directory said to lie past the end of the package.
    @Test func aDirectoryOffsetPastTheEndIsAnErrorNotACrash() throws {
        var bytes = try book("night-openpyxl.xlsx").bytes
        let endOfDirectory = bytes.count - 22
        bytes.replaceSubrange((endOfDirectory + 16)..<(endOfDirectory + 20), with: [0xFF, 0xFF, 0x00, 0x00])
        #expect(throws: ImportError.self) {
            try XLSXImport(options: ImportOptions()).run(InputFile(name: "damaged.xlsx", bytes: bytes))
        }
    }

    /// Each central-directory entry of `book` with its 32-bit field at `field` (20 compressed size, 24
    /// uncompressed size) changed by `change`; the local headers keep theirs, as the reader ignores them.
    private func changingDirectory(of book: InputFile, part: String, field: Int, _ change: (UInt32) -> UInt32) -> InputFile {
        var bytes = book.bytes
        var position = 0
        while position + 46 <= bytes.count {
            if bytes[position..<position + 4] == [0x50, 0x4B, 0x01, 0x02] {
                let nameLength = Int(bytes[position + 28]) | Int(bytes[position + 29]) << 8
                if String(decoding: bytes[(position + 46)..<(position + 46 + nameLength)], as: UTF8.self) == part {
                    let old = (0..<4).reduce(UInt32(0)) { $0 | UInt32(bytes[position + field + $1]) << (8 * $1) }
                    let new = change(old)
                    for index in 0..<4 { bytes[position + field + index] = UInt8(truncatingIfNeeded: new >> (8 * index)) }
                }
            }
            position += 1
        }
        return InputFile(name: book.name, bytes: bytes)
    }

    /// A deflate stream cut short used to make ZIPFoundation's reader loop for ever (found by fuzzing); one that
    /// holds more or less than its entry declares is damaged too.
    @Test(arguments: [
        (20, "xl/worksheets/sheet1.xml is damaged: its compressed data is broken or cut short"),
        (24, "xl/worksheets/sheet1.xml is damaged: it unpacks to more than it declares"),
    ])
    func aPartThatDisagreesWithItsDirectoryIsDamaged(field: Int, reason: String) throws {
        let book = changingDirectory(of: try book("night-openpyxl.xlsx"), part: "xl/worksheets/sheet1.xml", field: field) { $0 / 2 }
        #expect(throws: ImportError.unreadableWorkbook(file: "night-openpyxl.xlsx", reason: reason)) {
            try XLSXImport(options: ImportOptions()).run(book)
        }
        let larger = changingDirectory(of: try self.book("night-openpyxl.xlsx"), part: "xl/worksheets/sheet1.xml", field: 24) { $0 + 1 }
        #expect(throws: ImportError.unreadableWorkbook(
            file: "night-openpyxl.xlsx", reason: "xl/worksheets/sheet1.xml is damaged: it unpacks to less than it declares")) {
            try XLSXImport(options: ImportOptions()).run(larger)
        }
    }

    @Test func damagedBytesGiveAnErrorOrTablesNeverACrash() throws {
        let whole = try book("night-openpyxl.xlsx")
        var generator = SplitMix64(seed: 5338)
        var failures = 0
        for _ in 0..<300 {
            var bytes = whole.bytes
            for _ in 0..<4 {
                bytes[Int(generator.next() % UInt64(bytes.count))] = UInt8(truncatingIfNeeded: generator.next())
            }
            do {
                _ = try XLSXImport(options: ImportOptions()).run(InputFile(name: "damaged.xlsx", bytes: bytes))
            } catch {
                failures += 1
            }
        }
        #expect(failures > 0)
    }

    @Test func aMalformedPartIsAnErrorWithItsLineAndColumn() throws {
        let error = try #require(#expect(throws: ImportError.self) { try tables("malformed.xlsx") })
        guard case .malformedWorkbookPart(let file, let part, let line, _, let reason) = error else {
            Issue.record("unexpected \(error)")
            return
        }
        #expect(file == "malformed.xlsx")
        #expect(part == "xl/worksheets/sheet1.xml")
        #expect(line == 3)
        #expect(!reason.isEmpty)
    }

    @Test func aPartLargerThanTheLimitIsRefused() throws {
        let small = XLSXImport(options: ImportOptions(), limits: WorkbookArchive.Limits(totalBytes: 1 << 20, partBytes: 2000))
        #expect(throws: ImportError.workbookTooLarge(file: "night-openpyxl.xlsx", part: "xl/styles.xml", limit: 2000)) {
            try small.run(book("night-openpyxl.xlsx"))
        }
        let total = XLSXImport(options: ImportOptions(), limits: WorkbookArchive.Limits(totalBytes: 4000, partBytes: 3500))
        #expect(throws: ImportError.workbookTooLarge(
            file: "night-openpyxl.xlsx", part: "the workbook with xl/styles.xml", limit: 4000)) {
            try total.run(book("night-openpyxl.xlsx"))
        }
    }

    @Test func aWorksheetWithAnExternalEntityIsRefusedUnread() throws {
        let error = try #require(#expect(throws: ImportError.self) { try tables("external-entity.xlsx") })
        guard case .malformedWorkbookPart(let file, let part, _, _, let reason) = error else {
            Issue.record("unexpected \(error)")
            return
        }
        #expect(file == "external-entity.xlsx")
        #expect(part == "xl/worksheets/sheet1.xml")
        #expect(reason == "the part declares a DTD, which workbooks never do; refused")
        #expect(!error.description.contains("root:"))
    }

    @Test func theXMLReaderNeitherExpandsNorFetchesExternalEntities() throws {
        let document = """
            <?xml version="1.0"?>
            <!DOCTYPE a [<!ENTITY secret SYSTEM "file:///etc/passwd"><!ENTITY remote SYSTEM "http://127.0.0.1:9/x">]>
            <a><t>&secret;</t><t>&remote;</t><t>kept</t></a>
            """
        let reader = try XMLPullReader(Array(document.utf8), name: "entities.xml")
        var text: [UInt8] = []
        var nodes: [XMLPullReader.Node] = []
        while let node = try reader.next() {
            nodes.append(node)
            if node == .text { reader.appendText(to: &text) }
        }
        #expect(nodes.first == .documentType)
        #expect(String(decoding: text, as: UTF8.self) == "kept")
    }

    @Test func theXMLReaderRefusesExponentialEntities() {
        let document = """
            <?xml version="1.0"?>
            <!DOCTYPE a [<!ENTITY l0 "ha"><!ENTITY l1 "&l0;&l0;&l0;&l0;&l0;&l0;&l0;&l0;&l0;&l0;">
            <!ENTITY l2 "&l1;&l1;&l1;&l1;&l1;&l1;&l1;&l1;&l1;&l1;"><!ENTITY l3 "&l2;&l2;&l2;&l2;&l2;&l2;&l2;&l2;&l2;&l2;">
            <!ENTITY l4 "&l3;&l3;&l3;&l3;&l3;&l3;&l3;&l3;&l3;&l3;"><!ENTITY l5 "&l4;&l4;&l4;&l4;&l4;&l4;&l4;&l4;&l4;&l4;">]>
            <a><t>&l5;</t></a>
            """
        #expect(throws: XMLReadFailure.self) {
            let reader = try XMLPullReader(Array(document.utf8), name: "laughs.xml")
            while try reader.next() != nil {}
        }
    }

    @Test func theXMLReaderRefusesAPartOfCommentsBeforeLibXML2HoldsThem() throws {
        // libxml2 parses ahead and keeps every comment: 100 MB of them took 2.5 GB before this check.
        let many = "<?xml version=\"1.0\"?>\n<a>" + String(repeating: "<!---->", count: 600) + "\n"
            + String(repeating: "<?pi?>", count: 401) + "</a>"
        do {
            _ = try XMLPullReader(Array(many.utf8), name: "comments.xml")
            Issue.record("expected the part to be refused")
        } catch {
            #expect(error.line == 3)
            #expect(error.column == 1 + 6 * 399, "the XML declaration counts as one")
            #expect(error.message == "more than 1000 comments or processing instructions, which Excel never writes: not a workbook export")
        }
        let few = "<?xml version=\"1.0\"?><a><!-- one --><?two?><t>kept</t></a>"
        let reader = try XMLPullReader(Array(few.utf8), name: "few.xml")
        while try reader.next() != nil {}
    }
}
