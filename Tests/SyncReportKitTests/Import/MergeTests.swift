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
