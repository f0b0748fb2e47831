import Testing
@testable import SyncReportKit

@Suite struct AnalyserTests {
    @Test func countsEveryCauseIncludingZeros() throws {
        let analysis = try Stages.analysis(Stages.fixtureNight())
        #expect(analysis.byCause.map(\.cause) == Cause.allCases)
        #expect(analysis.byCause.reduce(0) { $0 + $1.errors } == analysis.totals.errors)
        #expect(analysis.byCause.first { $0.cause == .conflict }?.errors == 1)
        #expect(analysis.byCause.first { $0.cause == .missingDependency }?.errors == 1)
    }

    @Test func aRecordFixedByALaterSuccessfulSyncIsNotFailing() throws {
        let analysis = try Stages.analysis(Stages.fixtureNight())
        let fixed = try #require(analysis.records.first { $0.record.key == "Customer: C00110" })
        #expect(!fixed.isFailing)
        #expect(fixed.coupling != nil)
        #expect(fixed.events.count == 2)
        #expect(fixed.events.last?.kind == .synchronized)
        let failing = try #require(analysis.records.first { $0.record.key.hasPrefix("Customer: C-10/20") })
        #expect(failing.isFailing)
        #expect(analysis.totals.failingRecords == 1)
    }

    @Test func totalsMatchTheInputs() throws {
        let analysis = try Stages.analysis(Stages.fixtureNight())
        #expect(analysis.totals == Totals(jobs: 2, errors: 2, couplings: 1, failingRecords: 1, rejectedRows: 1))
        #expect(analysis.byMapping == [MappingCount(mapping: "CUSTOMER", errors: 2)])
        #expect(analysis.jobs.map(\.errorIndices.count) == [2, 0])
    }

    @Test func aDataverseOnlyErrorJoinsItsBusinessCentralRecord() throws {
        let header = "No.,Integration Synch. Job ID,Source Record ID,Destination Record ID,Date/Time,Error Message\n"
        let rows = """
            1,,Customer: C1,Dataverse Account: {3F2504E0-4F89-11D3-9A0C-0305E82C3301},2026-11-24 22:00,Account does not exist.
            2,,Dataverse Account: {3f2504e0-4f89-11d3-9a0c-0305e82c3301},,2026-11-24 23:00,Account does not exist.

            """
        let analysis = try Stages.analysis([Fixtures.input("e.csv", text: header + rows)])
        #expect(analysis.records.map(\.record.key) == ["Customer: C1"])
        #expect(analysis.records[0].errorIndices == [0, 1])
    }
}

@Suite struct TimelineOrderTests {
    private let header = "No.,Integration Synch. Job ID,Source Record ID,Destination Record ID,Date/Time,Error Message\n"
    private let row = "Dataverse Account: {3F2504E0-4F89-11D3-9A0C-0305E82C3301}"
    private let couplingHeader = "CRM ID,Integration ID,Last Synch. Result,Last Synch. CRM Result,Last Synch. Job ID,Last Synch. CRM Job ID\n"

    private func events(result: String, crmResult: String) throws -> [TimelineEvent] {
        let errors = header + "1,,Customer: C1,\(row),2026-11-24 22:00,Account does not exist.\n"
        let couplings = couplingHeader
            + "{3F2504E0-4F89-11D3-9A0C-0305E82C3301},{11111111-2222-3333-4444-555555555555},\(result),\(crmResult),{21111111-2222-3333-4444-555555555555},{31111111-2222-3333-4444-555555555555}\n"
        let analysis = try Stages.analysis([Fixtures.input("e.csv", text: errors), Fixtures.input("c.csv", text: couplings)])
        return try #require(analysis.records.first).events
    }

    @Test func anUntimedSuccessInTheFailedDirectionComesAfterTheFailures() throws {
        let events = try events(result: "", crmResult: "Success")
        #expect(events.map(\.kind) == [.failed(errorIndex: 0), .synchronized])
        #expect(events.last?.direction == .toIntegrationTable)
    }

    @Test func anUntimedSuccessInTheOtherDirectionComesFirst() throws {
        let events = try events(result: "Success", crmResult: "Failure")
        #expect(events.map(\.kind) == [.synchronized, .failed(errorIndex: 0)])
        #expect(events.first?.direction == .fromIntegrationTable)
    }
}

@Suite struct FailingDirectionTests {
    @Test func eachFailingDirectionKeepsItsLatestError() throws {
        let header = "No.,Source Record ID,Destination Record ID,Date/Time,Error Message\n"
        let row = "Dataverse Account: {3F2504E0-4F89-11D3-9A0C-0305E82C3301}"
        let text = header
            + "1,Customer: C1,\(row),2026-11-24 22:00,\"Cannot update a record in the Dataverse Account table. The mapping between Name field on the Customer table and the Account Name field on the Dataverse Account table is bi-directional, and one or both values have changed since the last synchronization.\"\n"
            + "2,\(row),Customer: C1,2026-11-24 23:00,The operation timed out. Try again.\n"
            + "3,Customer: C1,\(row),2026-11-24 23:30,Account does not exist.\n"
        let analysis = try Stages.analysis([Fixtures.input("e.csv", text: text)])
        let failing = try #require(analysis.records.first).failing
        #expect(failing == [
            FailingDirection(direction: .fromIntegrationTable, latestErrorIndex: 1, decidingErrorIndex: 1),
            FailingDirection(direction: .toIntegrationTable, latestErrorIndex: 2, decidingErrorIndex: 2),
        ])
    }

    /// A record whose first error was a missing posting group and whose latest is throttling is told about
    /// the posting group: the throttling passes by itself, the posting group does not.
    @Test func aLaterTransientErrorNeverHidesTheLastingCause() throws {
        let text = "No.,Source Record ID,Date/Time,Error Message\n"
            + "1,Customer: C1,2026-11-24 22:00,Customer Posting Group must have a value in Customer: No.=C1. It cannot be zero or empty.\n"
            + "2,Customer: C1,2026-11-24 23:00,The operation timed out. Try again.\n"
            + "3,Customer: C2,2026-11-24 23:00,The operation timed out. Try again.\n"
        let analysis = try Stages.analysis([Fixtures.input("e.csv", text: text)])
        let failing = try #require(analysis.records.first).failing
        #expect(failing.map(\.latestErrorIndex) == [1])
        #expect(failing.map(\.decidingErrorIndex) == [0])
        #expect(analysis.night.errors[0].classification.cause == .validation)
        #expect(analysis.actions.map(\.cause) == [.validation, .connectionThrottlingTimeout])
        #expect(analysis.actions.map(\.errors) == [1, 1], "an action counts the errors of its own cause")
        let site = try Stages.renderer.run(analysis)
        let page = String(decoding: try #require(site.files.first { $0.path == PageNames.recordPage("Customer: C1") }).bytes, as: UTF8.self)
        #expect(page.contains("Data validation; the latest error, connection, throttling or timeout, passes by itself, this one stays"))
        let index = String(decoding: try #require(site.files.first { $0.path == PageNames.index }).bytes, as: UTF8.self)
        #expect(index.contains("Connection, throttling or timeout – transient"))
    }
}

/// The actions on the index: one per root cause, the one that clears most errors first.
@Suite struct ActionPlanTests {
    private func analysis(_ rows: [String]) throws -> Analysis {
        try Stages.analysis([Fixtures.input("errors.csv", text: (["No.,Source Record ID,Date/Time,Error Message"] + rows).joined(separator: "\n") + "\n")])
    }

    @Test func oneUncoupledCurrencyBlockingManyRecordsIsOneAction() throws {
        let eur = "Currency EUR must be coupled to a Dataverse Transactioncurrency record."
        let plan = try analysis([
            "1,Customer: C00110,2026-11-24 22:00:00,\(eur)",
            "2,Customer: C00120,2026-11-24 22:00:01,\(eur)",
            "3,Customer: C00120,2026-11-24 23:00:01,\(eur)",
            "4,Customer: C00130,2026-11-24 22:00:02,Currency USD must be coupled to a Dataverse Transactioncurrency record.",
        ]).actions
        try #require(plan.count == 2)
        #expect(plan[0].cause == .missingDependency)
        #expect(plan[0].errors == 3)
        #expect(plan[0].records.map(\.displayName) == ["Customer C00110", "Customer C00120"])
        #expect(plan[0].text.contains("Currency EUR") && plan[0].text.contains("the 2 records below"))
        #expect(plan[1].records.map(\.displayName) == ["Customer C00130"])
        #expect(plan[1].text.contains("Currency USD") && plan[1].text.contains("Customer C00130"))
    }

    @Test func groupsThatNameTheRecordDoNotSplitAnAction() throws {
        let plan = try analysis([
            "1,Customer: C00110,2026-11-24 22:00:00,Both Customer: C00110 and the Dataverse Account record have been changed since the last synchronization.",
            "2,Customer: C00120,2026-11-24 22:00:01,Both Customer: C00120 and the Dataverse Account record have been changed since the last synchronization.",
        ]).actions
        #expect(plan.count == 1)
        #expect(plan.first?.records.count == 2)
    }

    /// A value each record's message names for itself cannot be one value for the group: it is said as such.
    @Test func valuesThatDifferByRecordAreWordedForEachRecord() throws {
        let plan = try analysis([
            "1,Customer: C00110,2026-11-24 22:00:00,\"Cannot couple Customer: C00110 to this Dataverse Account record, because the Customer record is already coupled.\"",
            "2,Customer: C00120,2026-11-24 22:00:01,\"Cannot couple Customer: C00120 to this Dataverse Account record, because the Customer record is already coupled.\"",
        ]).actions
        try #require(plan.count == 1)
        #expect(plan[0].text.contains("then Set Up Coupling for the coupled record with the right record. Affected: the 2 records below."), "\(plan[0].text)")
        let one = try analysis(["1,Customer: C00110,2026-11-24 22:00:00,\"Cannot couple Customer: C00110 to this Dataverse Account record, because the Customer record is already coupled.\""]).actions
        #expect(one.first?.text.contains("then Set Up Coupling for Customer: C00110 with the right record.") == true, "\(one)")
    }

    @Test func theIndexListsTheActionsWithTheirRecords() throws {
        let analysis = try analysis(["1,Customer: C00110,2026-11-24 22:00:00,Currency EUR must be coupled to a Dataverse Transactioncurrency record."])
        let index = try #require(try Stages.renderer.run(analysis).files.first { $0.path == "index.html" })
        let page = String(decoding: index.bytes, as: UTF8.self)
        #expect(page.contains("<strong>clears 1 error on 1 record.</strong> Couple Currency EUR first"))
        #expect(page.contains("<p class=\"records\"><a href=\"records/"))
    }
}

