import Foundation
import Testing
@testable import SyncReportKit

/// The checks made before any verdict: a night with something wrong is never "nothing to do".
@Suite struct HealthTests {
    private static let jobsHeader =
        "ID,Start Date/Time,Finish Date/Time,Integration Table Mapping Name,Type,Synch. Direction,Inserted,Modified,Deleted,Unchanged,Skipped,Failed,Message\n"
    private static let errorsHeader = "No.,Integration Synch. Job ID,Source Record ID,Date/Time,Error Message\n"
    private static let couplingsHeader =
        "CRM ID,Integration ID,Table ID,Last Synch. Modified On,Last Synch. CRM Modified On,Last Synch. Result,Last Synch. CRM Result,Last Synch. Job ID,Last Synch. CRM Job ID,Skipped\n"
    private static let job = "{6F9619FF-8B86-D011-B42D-00C04FC964FF}"

    /// A night of one CUSTOMER job that counts `failed` records and the given error rows.
    private static func night(
        failed: Int = 1, message: String = "", errors: [String] = ["1,\(job),Customer: C1,2026-11-24 22:00:10,The record is locked."],
        errorsExport: Bool = true, couplings: Bool = true
    ) -> [InputFile] {
        var inputs = [Fixtures.input(
            "jobs.csv", text: jobsHeader + "\(job),2026-11-24 22:00:00,2026-11-24 22:01:00,CUSTOMER,Synchronization,ToIntegrationTable,0,3,0,40,0,\(failed),\(message)\n")]
        if errorsExport { inputs.append(Fixtures.input("errors.csv", text: errorsHeader + errors.map { $0 + "\n" }.joined())) }
        if couplings {
            inputs.append(Fixtures.input(
                "couplings.csv",
                text: couplingsHeader + "{3F2504E0-4F89-11D3-9A0C-0305E82C3301},{11111111-2222-3333-4444-555555555555},18,2026-11-20 10:00:00,2026-11-20 10:00:00,,Success,,,No\n"))
        }
        return inputs
    }

    private func analysis(_ inputs: [InputFile], previous: PreviousReport? = nil) throws -> Analysis {
        Analyser().run(Stages.classifier.run(try Importer().run(inputs)), previous: previous)
    }

    @Test func aNightWithEveryExportAndAgreeingCountsIsHealthy() throws {
        #expect(try analysis(Self.night()).health == [])
        #expect(try Stages.analysis(Stages.fixtureNight()).health == [])
    }

    @Test func aMissingErrorsExportIsNeverAnAllClear() throws {
        let health = try analysis(Self.night(failed: 400, errorsExport: false)).health
        #expect(health.map(\.kind) == [.missingExport])
        #expect(health[0].text == "No errors export was read, so this report cannot say which records fail. The jobs export counts 400 failed records.")
    }

    @Test func missingAndEmptyJobsAndCouplingsExportsAreNamed() throws {
        let noCouplings = try analysis(Self.night(couplings: false)).health
        #expect(noCouplings.map(\.text) == [
            "No Couplings (CRM Integration Record) export was read, so a record that a later synchronisation fixed still counts as failing.",
        ])
        let headerOnly = try analysis([Fixtures.input("jobs.csv", text: Self.jobsHeader)]).health
        #expect(headerOnly.map(\.kind) == [.missingExport, .missingExport, .missingExport, .undated])
        #expect(headerOnly[1].text.hasPrefix("The Integration Synchronization Jobs export (jobs.csv) holds no rows"))
    }

    @Test func aJobThatFailedAsAWholeSaysWhyAndWhatToDo() throws {
        let health = try analysis(Self.night(
            failed: 0, message: "\"There are no field mapping rows for the Integration Table Mapping Name CUSTOMER in the Integration Field Mapping table.\"",
            errors: [])).health
        #expect(health.map(\.kind) == [.jobFailed])
        #expect(health[0].text.hasPrefix("A job run of mapping CUSTOMER failed as a whole, so none of its records synchronised: “There are no field mapping rows"))
        #expect(health[0].remedy.hasPrefix("Mapping or configuration: "), "\(health[0].remedy)")
        #expect(health[0].jobs.map(\.id?.value) == ["6f9619ff-8b86-d011-b42d-00c04fc964ff"])
    }

    @Test func fewerErrorRowsThanFailedRecordsAreMissingFailures() throws {
        let health = try analysis(Self.night(failed: 3)).health
        #expect(health.map(\.kind) == [.failedCountsDisagree])
        #expect(health[0].text == "1 job run counts 3 failed records, but the errors export holds only 1 error row for them: 2 failures are missing from every list in this report.")
    }

    @Test func aMappingThatRanBeforeAndNotTonightIsNamed() throws {
        var previous = PreviousReport(file: "data.json", night: "2026-11-23", wasCompared: false, comparedWith: nil, history: [], failing: [], fixed: [])
        previous.mappingsRun = ["CUSTOMER", "ITEM-PRODUCT"]
        let health = try analysis(Self.night(), previous: previous).health
        #expect(health.map(\.text) == ["Mapping ITEM-PRODUCT ran no job tonight; it ran on the night of 2026-11-23."])
    }

    @Test func exportsOfANightAlreadyReportedOrOlderAreStale() throws {
        let same = PreviousReport(file: "data.json", night: "2026-11-24", wasCompared: false, comparedWith: nil, history: [], failing: [], fixed: [])
        #expect(try analysis(Self.night(), previous: same).health.map(\.kind) == [.staleExports])
        var later = same
        later.night = "2026-11-30"
        #expect(try analysis(Self.night(), previous: later).health.map(\.text) == [
            "These exports are of the night of 2026-11-24, older than the report they replaced (2026-11-30).",
        ])
        let dayOld = try analysis(Self.night(errors: ["1,\(Self.job),Customer: C1,2026-11-22 22:00:10,The record is locked."])).health
        #expect(dayOld.map(\.text) == ["errors.csv ends 48 hours before jobs.csv does: it may be an earlier night's export."])
    }

    @Test func everyCheckReachesThePagesTheEmailAndDataJSON() throws {
        let analysis = try analysis(Self.night(failed: 3))
        let site = try Stages.renderer.run(analysis)
        let index = String(decoding: try #require(site.files.first { $0.path == PageNames.index }).bytes, as: UTF8.self)
        #expect(index.contains("<h2 id=\"health\">Check first: tonight is not all clear</h2>"))
        #expect(index.contains("2 failures are missing from every list in this report."))
        let email = String(decoding: try #require(site.files.first { $0.path == PageNames.email }).bytes, as: UTF8.self)
        #expect(email.contains("Subject: =?UTF-8?"))
        #expect(email.contains("Check first: tonight is not all clear"))
        let data = try #require(site.files.first { $0.path == PageNames.data })
        let json = try #require(try JSONSerialization.jsonObject(with: Data(data.bytes)) as? [String: Any])
        let health = try #require(json["health"] as? [[String: Any]])
        #expect(health.map { $0["kind"] as? String } == ["failed_counts_disagree"])
        #expect(json["mappingsRun"] as? [String] == ["CUSTOMER"])
    }

    @Test func noFailingRecordIsNothingToDoOnlyOnAHealthyNight() throws {
        let healthy = try analysis(Self.night(failed: 0, errors: []))
        let unhealthy = try analysis(Self.night(failed: 5, errors: []))
        #expect(healthy.totals.failingRecords == 0 && unhealthy.totals.failingRecords == 0)
        let format = Formatter(timeZone: .gmt)
        #expect(format.noActions(healthy) == "No record is failing: nothing to do.")
        #expect(format.noActions(unhealthy).contains("this is not an all-clear"))
        #expect(SummaryBuilder(analysis: unhealthy, format: format, mail: MailOptions()).subject.hasPrefix("Check first (1): "))
    }

    @Test func failConditionsSayWhyTheyHold() throws {
        let unhealthy = try analysis(Self.night(failed: 3))
        #expect(FailCondition.health.reason(unhealthy) == "1 health check to clear")
        #expect(FailCondition.any.reason(unhealthy) == "1 failing record, 1 error")
        #expect(FailCondition.rejected.reason(unhealthy) == nil)
        #expect(FailCondition.new.reason(unhealthy) == nil, "a first night marks nothing new")
        #expect(FailCondition.health.reason(try analysis(Self.night())) == nil)
    }
}
