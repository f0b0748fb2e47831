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

    @Test func otherFormatsAreNamed() {
        #expect(throws: ImportError.unsupportedFormat(file: "a.json", format: "JSON")) {
            try Importer().run([Fixtures.input("a.json", text: "{\"value\": []}")])
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
        let dataset = try Importer().run([Fixtures.input("c.csv", text: "CRM ID,Integration ID\n{3F2504E0-4F89-11D3-9A0C-0305E82C3301},{3F2504E0-4F89-11D3-9A0C-0305E82C3302},extra\n")])
        #expect(dataset.couplings.isEmpty)
        #expect(dataset.rejected.map(\.reason) == ["expected 2 fields as in the header, found 3"])
    }

    @Test func laterFilesWinForTheSameKey() throws {
        let header = "No.,Integration Synch. Job ID,Date/Time,Error Message\n"
        let older = Fixtures.input("old.csv", text: header + "7,{6F9619FF-8B86-D011-B42D-00C04FC964FF},2026-11-23 10:00,old text\n")
        let newer = Fixtures.input("new.csv", text: header + "7,{6F9619FF-8B86-D011-B42D-00C04FC964FF},2026-11-23 10:00,new text\n")
        let dataset = try Importer().run([older, newer])
        #expect(dataset.errors.map(\.message) == ["new text"])
    }
}
