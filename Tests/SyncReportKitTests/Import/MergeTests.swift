import Foundation
import Testing
@testable import SyncReportKit

@Suite struct CoupledErrorsPageTests {
    @Test func thePageExportIsRecognisedAndTyped() throws {
        let dataset = try Importer().run([Fixtures.input("coupled-errors.csv")])
        #expect(dataset.inputs.map(\.table) == [.coupledErrors])
        #expect(dataset.errors.count == 2)
        let deleted = try #require(dataset.errors.first { $0.source?.key == "C00999" })
        #expect(deleted.source == RecordID(table: "Customer", key: "C00999"))
        #expect(deleted.no == nil && deleted.jobID == nil)
        #expect(deleted.recordState == RecordState(recordExists: false, coupledRecordExists: true, coupledTo: "Contoso Ltd."))
    }

    @Test func odataNamesOfThePageAreRecognised() throws {
        let text = "Entry_No,Table_ID,Table_Name,Description,Record_Exists,Int_Description,Int_Record_Exists,Error_Message,Failed_On\n"
            + "1,18,Customer,10000,true,Adatum,false,Account does not exist.,2026-11-24T22:00:00Z\n"
        let dataset = try Importer().run([Fixtures.input("page.csv", text: text)])
        #expect(dataset.errors.first?.recordState == RecordState(recordExists: true, coupledRecordExists: false, coupledTo: "Adatum"))
    }

    @Test func theBuffersModifiedTimesAreReadWhenTheExportHasThem() throws {
        let text = "Table_Name,Description,Record_Exists,Int_Record_Exists,Error_Message,Failed_On,Modified_On,Int_Modified_On\n"
            + "Customer,10000,true,true,An unexpected error occurred.,2026-11-24T22:00:00Z,2026-11-24T21:00:00Z,\n"
        let state = try #require(try Importer().run([Fixtures.input("page.csv", text: text)]).errors.first?.recordState)
        #expect(state.modifiedOn == ISO8601DateFormatter().date(from: "2026-11-24T21:00:00Z"))
        #expect(state.coupledModifiedOn == nil)
    }

    @Test func aPageRowRepeatingALoggedErrorAddsItsEvidenceToIt() throws {
        let dataset = try Importer().run(Stages.fixtureNight() + [Fixtures.input("coupled-errors.csv")])
        #expect(dataset.errors.count == 3)
        let logged = try #require(dataset.errors.first { $0.no == 1201 })
        #expect(logged.recordState?.coupledRecordExists == false)
        #expect(logged.jobID != nil)
    }
}

@Suite struct MergeTests {
    private let jobsHeader = "ID,Start Date/Time,Finish Date/Time,Integration Table Mapping Name,Failed\n"
    private let id = "{6F9619FF-8B86-D011-B42D-00C04FC964FF}"

    @Test func identicalRowsFromTwoNightsAreMergedAndCounted() throws {
        let night = jobsHeader + "\(id),2026-11-24 22:00,2026-11-24 22:01,CUSTOMER,2\n"
        let dataset = try Importer().run([Fixtures.input("a.csv", text: night), Fixtures.input("b.csv", text: night)])
        #expect(dataset.jobs.count == 1)
        #expect(dataset.duplicates == Duplicates(repeated: 1, conflicting: 0))
        #expect(dataset.inputs.map(\.rowsUsed) == [1, 1])
    }

    @Test func aFinishedJobWinsOverItsUnfinishedExportWhateverTheOrder() throws {
        let running = Fixtures.input("running.csv", text: jobsHeader + "\(id),2026-11-24 22:00,,CUSTOMER,0\n")
        let finished = Fixtures.input("finished.csv", text: jobsHeader + "\(id),2026-11-24 22:00,2026-11-24 22:05,CUSTOMER,3\n")
        for inputs in [[running, finished], [finished, running]] {
            let dataset = try Importer().run(inputs)
            #expect(dataset.jobs.map(\.counts.failed) == [3])
            #expect(dataset.duplicates == Duplicates(repeated: 0, conflicting: 1))
        }
    }

    @Test func errorsWithoutEntryNumbersMergeWhenTheySayTheSame() throws {
        let night = "Date/Time,Source Record ID,Error Message\n2026-11-24 22:00,Customer: C1,Account does not exist.\n2026-11-24 23:00,Customer: C1,Account does not exist.\n"
        let dataset = try Importer().run([Fixtures.input("a.csv", text: night), Fixtures.input("b.csv", text: night)])
        #expect(dataset.errors.count == 2)
        #expect(dataset.duplicates == Duplicates(repeated: 2, conflicting: 0))
    }

    @Test func theCouplingSynchronisedLaterWins() throws {
        let header = "CRM ID,Integration ID,Last Synch. Modified On,Last Synch. CRM Result\n"
        let key = "{3F2504E0-4F89-11D3-9A0C-0305E82C3301},{11111111-2222-3333-4444-555555555555}"
        let newer = Fixtures.input("n.csv", text: header + "\(key),2026-11-25 01:00,Success\n")
        let older = Fixtures.input("o.csv", text: header + "\(key),2026-11-24 01:00,Failure\n")
        let dataset = try Importer().run([newer, older])
        #expect(dataset.couplings.map(\.lastSynchCRMResult) == [.success])
    }
}

/// Overlapping exports of one night, as different export paths write them.
@Suite struct OverlappingExportTests {
    private let id = "{6F9619FF-8B86-D011-B42D-00C04FC964FF}"

    @Test func aRunWithoutIDReadRunningThenFinishedIsOneJob() throws {
        let header = "Start Date/Time,Finish Date/Time,Direction,Message,Failed\n"
        let running = Fixtures.input("a.csv", text: header + "2026-11-24 20:00:16,,Customer to Dataverse Account.,,0\n")
        let finished = Fixtures.input("b.csv", text: header + "2026-11-24 20:00:16,2026-11-24 20:01:00,Customer to Dataverse Account.,1 record failed.,1\n")
        let dataset = try Importer().run([running, finished])
        #expect(dataset.jobs.map(\.counts.failed) == [1])
    }

    @Test func theSameRunWithAndWithoutItsIDIsOneJob() throws {
        let odata = Fixtures.input("a.csv", text: "ID,Start Date/Time,Integration Table Mapping Name,Synch. Direction\n\(id),2026-11-24 20:00:16,CUSTOMER,ToIntegrationTable\n")
        let excel = Fixtures.input("b.csv", text: "Start Date/Time,Finish Date/Time,Direction\n2026-11-24 20:00:16,2026-11-24 20:01:00,Customer to Dataverse Account.\n")
        let dataset = try Importer().run([odata, excel])
        #expect(dataset.jobs.map(\.id) == [GUID(id)])
        #expect(dataset.duplicates.repeated == 1)
    }

    @Test func anErrorIsItsEntryNumberWhetherOrNotTheJobIDIsExported() throws {
        let full = Fixtures.input("a.csv", text: "No.,Integration Synch. Job ID,Date/Time,Error Message\n7867,\(id),2026-11-24 20:00:17,x\n")
        let page = Fixtures.input("b.csv", text: "No.,Date/Time,Error Message\n7867,2026-11-24 20:00:17,x\n")
        let dataset = try Importer().run([full, page])
        #expect(dataset.errors.count == 1)
    }

    @Test func aPageRowWithMinutesOnlyMatchesTheLoggedErrorOfThatMinute() throws {
        let logged = Fixtures.input("e.csv", text: "Source Record ID,Date/Time,Error Message\nCustomer: C1,2026-11-24 20:00:17.387,Account does not exist. More detail follows.\n")
        let page = Fixtures.input("p.csv", text: "Table Name,Description,Record Exists,Coupled Record Exists,Error Message,Failed On\nCustomer,C1,Yes,No,Account does not exist.,24.11.2026 20:00\n")
        let dataset = try Importer().run([logged, page])
        #expect(dataset.errors.count == 1)
        #expect(dataset.errors.first?.recordState?.coupledRecordExists == false)
    }
}

@Suite struct ImportEdgeCaseTests {
    @Test func compactOffsetsAreRead() throws {
        let result = try TimestampParser(timeZone: .gmt).parse(Array("2026-11-25T18:35:27+0530".utf8)[...]).get()
        #expect(result == Date(timeIntervalSince1970: 1_795_611_927))
    }

    @Test func integralDecimalsAreWholeNumbers() throws {
        #expect(try FieldValue.integer(Array("7.0".utf8)[...]).get() == 7)
        #expect(try FieldValue.integer(Array("10,".utf8)[...]).get() == 10)
        #expect(throws: FieldProblem.self) { try FieldValue.integer(Array("7.5".utf8)[...]).get() }
    }

    @Test func messagesKeepTheirSpaces() throws {
        let dataset = try Importer().run([Fixtures.input("e.csv", text: "No.,Date/Time,Error Message\n1,2026-11-24,\"  indented\ttext  \"\n")])
        #expect(dataset.errors.first?.message == "  indented\ttext  ")
    }

    @Test func rowsOfEmptyFieldsAreBlankNotRejected() throws {
        let dataset = try Importer().run([Fixtures.input("e.csv", text: "No.;Date/Time;Error Message\n1;2026-11-24;x\n;;\n")])
        #expect(dataset.inputs[0].rowsRead == 1)
        #expect(dataset.rejected.isEmpty)
    }

    @Test func anObjectInAColumnTheToolIgnoresDoesNotRejectTheRow() throws {
        let page = #"{"value": [{"No": 1, "Date_Time": "2026-11-24T20:00:00Z", "Message": "x", "Extra": {"a": 1}}]}"#
        let dataset = try Importer().run([Fixtures.input("p.json", text: page)])
        #expect(dataset.errors.count == 1)
        #expect(dataset.rejected.isEmpty)
    }

    @Test func tooManyFieldsPointsAtTheFirstExtraOne() throws {
        let dataset = try Importer().run([Fixtures.input("e.csv", text: "No.,Date/Time,Error Message\n1,2026-11-24,x,extra,more\n2,2026-11-24,y\n")])
        #expect(dataset.rejected.map(\.location.column) == [16])
    }
}
