import Foundation
import Testing
@testable import SyncReportKit

@Suite struct ImporterTests {
    // MARK: Recognising the table

    @Test(arguments: [
        ("ID,Start Date/Time,Integration Table Mapping Name", TableKind.jobs),
        ("id;start_date_time", TableKind.jobs),
        ("No.,Integration Synch. Job ID,Date/Time,Error Message", TableKind.errors),
        ("No,Date_Time,Message", TableKind.errors),
        ("CRM ID,Integration ID,Table ID", TableKind.couplings),
        ("crm_id,INTEGRATION_ID", TableKind.couplings),
    ])
    func recognisesTablesByCaptionsAndODataNames(header: String, kind: TableKind) throws {
        let headers = header.split(whereSeparator: { $0 == "," || $0 == ";" }).map(String.init)
        #expect(try TableImport.schema(for: headers, file: "x.csv").kind == kind)
    }

    @Test func loadsAFileWholeAndAFolderIsAnInputErrorNotACrash() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("syncreport-load-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // Over the megabyte a read takes, so the chunks must join in order.
        let bytes = (0..<3_000_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        let file = folder.appendingPathComponent("errors.csv")
        try Data(bytes).write(to: file)
        #expect(try InputFile.load(path: file.path).bytes == bytes)
        #expect(throws: ImportError.unreadable(file: folder.path, reason: "it is a folder; give the export files in it")) {
            try InputFile.load(path: folder.path)
        }
    }

    @Test func anUnknownHeaderIsAnInputErrorNamingTheFile() {
        #expect(throws: ImportError.unknownTable(file: "x.csv", headers: ["Name", "City"])) {
            try Importer().run([Fixtures.input("x.csv", text: "Name,City\nA,B\n")])
        }
    }

    @Test func aMissingRequiredColumnIsAnInputError() {
        #expect(throws: ImportError.missingColumn(file: "e.csv", table: .errors, column: "Error Message")) {
            try Importer().run([Fixtures.input("e.csv", text: "No.,Date/Time\n1,2026-11-24\n")])
        }
    }

    // MARK: Rows

    @Test func readsTheFixtureNight() throws {
        let dataset = try Importer().run(Stages.fixtureNight())
        #expect(dataset.jobs.count == 2)
        #expect(dataset.jobs[0].mapping == "CUSTOMER")
        #expect(dataset.jobs[0].direction == .toIntegrationTable)
        #expect(dataset.jobs[0].counts.failed == 2)
        #expect(dataset.errors.count == 2)
        #expect(dataset.errors[1].message == "Currency EUR must be coupled\nto a Dataverse Transactioncurrency record.")
        #expect(dataset.errors[1].source == RecordID(table: "Customer", key: "C-10/20 <\"A&B\">"))
        #expect(dataset.couplings.count == 1)
        #expect(dataset.couplings[0].lastSynchCRMResult == .success)
        #expect(dataset.couplings[0].lastSynchResult == nil)
        #expect(dataset.couplings[0].isSkipped == false)
    }

    @Test func aBadValueRejectsTheRowWithFileLineColumnAndReason() throws {
        let dataset = try Importer().run(Stages.fixtureNight())
        #expect(dataset.rejected == [RejectedRow(
            location: SourceLocation(file: "errors.csv", line: 5, column: 63),
            reason: "Date/Time: 'not a date' is not a date-time like 2026-11-25 14:05:27 or 25.11.2026 14:05")])
    }

    @Test func everyRowIsUsedOrRejected() throws {
        let dataset = try Importer().run(Stages.fixtureNight())
        for input in dataset.inputs {
            #expect(input.rowsRead == input.rowsUsed + input.rowsRejected, "\(input.file)")
        }
        #expect(dataset.inputs.map(\.rowsRead) == [2, 3, 1])
    }

    @Test func aRowWithTooManyFieldsIsRejectedNotShifted() throws {
        let text = "CRM ID,Integration ID\n{3F2504E0-4F89-11D3-9A0C-0305E82C3301},{3F2504E0-4F89-11D3-9A0C-0305E82C3302},extra\n"
            + "{3F2504E0-4F89-11D3-9A0C-0305E82C3303},{3F2504E0-4F89-11D3-9A0C-0305E82C3304}\n"
        let dataset = try Importer().run([Fixtures.input("c.csv", text: text)])
        #expect(dataset.couplings.count == 1)
        #expect(dataset.rejected.map(\.reason) == ["expected 2 fields as in the header, found 3"])
    }

    @Test func aFileWhoseEveryRowIsRejectedIsAnInputError() {
        #expect(throws: ImportError.everyRowRejected(
            file: "e.csv", rows: 2,
            first: RejectedRow(location: SourceLocation(file: "e.csv", line: 2, column: 3), reason: "Date/Time: 'soon' is not a \(TimestampParser.expected)"))) {
            try Importer().run([Fixtures.input("e.csv", text: "No.,Date/Time,Error Message\n1,soon,a\n2,later,b\n")])
        }
    }

    @Test func aRepeatedColumnIsAnInputErrorNotASilentChoice() {
        #expect(throws: ImportError.duplicateColumn(file: "e.csv", column: "Error Message", columns: [3, 4])) {
            try Importer().run([Fixtures.input("e.csv", text: "No.,Date/Time,Error Message,Error_Message\n1,,,full\n")])
        }
    }

    @Test func anOversizedFieldRejectsItsRow() throws {
        let huge = String(repeating: "x", count: ImportLimits.standard.fieldBytes + 1)
        let dataset = try Importer().run([Fixtures.input("e.csv", text: "No.,Date/Time,Error Message\n1,,\(huge)\n2,,fine\n")])
        #expect(dataset.errors.map(\.message) == ["fine"])
        #expect(dataset.rejected.first?.location == SourceLocation(file: "e.csv", line: 2, column: 4))
    }

    @Test func aBrokenHeaderIsAnInputError() {
        #expect(throws: ImportError.badHeader(file: "e.csv", line: 1, column: 5, reason: "quoted field is not closed before the end of the file")) {
            try Importer().run([Fixtures.input("e.csv", text: "No.,\"Error Message\n1,x\n")])
        }
    }

    @Test func loneCarriageReturnsEndLines() throws {
        let dataset = try Importer().run([Fixtures.input("e.csv", text: "No.,Date/Time,Error Message\r1,2026-11-24,\"two\rlines\"\r2,bad,x\r")])
        #expect(dataset.rejected.map(\.location) == [SourceLocation(file: "e.csv", line: 4, column: 3)])
    }

    @Test func laterFilesWinForTheSameKey() throws {
        let header = "No.,Integration Synch. Job ID,Date/Time,Error Message\n"
        let older = Fixtures.input("old.csv", text: header + "7,{6F9619FF-8B86-D011-B42D-00C04FC964FF},2026-11-23 10:00,old text\n")
        let newer = Fixtures.input("new.csv", text: header + "7,{6F9619FF-8B86-D011-B42D-00C04FC964FF},2026-11-23 10:00,new text\n")
        let dataset = try Importer().run([older, newer])
        #expect(dataset.errors.map(\.message) == ["new text"])
    }
}

@Suite struct OpenInExcelJobsTests {
    /// The jobs page as Open in Excel writes it: no ID, no mapping, the page's own Direction text.
    private let page = """
        Start Date/Time,Finish Date/Time,Duration,Direction,Message,Inserted,Modified,Deleted,Unchanged,Skipped,Failed
        25.11.2026 02:00:32,25.11.2026 02:01:10,38 seconds,Customer to Dataverse Account.,,0,3,0,40,0,2
        25.11.2026 02:00:40,25.11.2026 02:01:00,20 seconds,Dataverse Contact to Contact.,,1,0,0,12,0,0

        """

    @Test func jobsWithoutIDsAreReadAndTheirDirectionComesFromTheText() throws {
        let dataset = try Importer().run([Fixtures.input("jobs.csv", text: page)])
        #expect(dataset.jobs.map(\.id) == [nil, nil])
        #expect(dataset.jobs.map(\.direction) == [.toIntegrationTable, .fromIntegrationTable])
        #expect(dataset.inputs[0].absentColumns.contains("ID"))
    }

    @Test func theReportSaysJobsCannotBeLinkedAndStillRendersTheirPages() throws {
        let analysis = try Stages.analysis([Fixtures.input("jobs.csv", text: page)])
        #expect(analysis.unavailable.contains { $0.hasPrefix("jobs.csv has no ID column: its jobs cannot be linked to their errors") })
        let site = try Validator().run(Stages.renderer.run(analysis))
        #expect(site.files.filter { $0.path.hasPrefix("jobs/") }.count == 2)
    }
}
