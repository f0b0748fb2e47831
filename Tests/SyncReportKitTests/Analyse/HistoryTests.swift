import Foundation
import Testing
@testable import SyncReportKit

/// Tonight against the previous report: new, still failing with since when, fixed; and the nights kept.
@Suite struct HistoryTests {
    private let totals = Totals(jobs: 3, errors: 7, couplings: 2, failingRecords: 2, rejectedRows: 0)

    private func tracked(_ key: String, since: String?, nights: Int, _ status: TrackedRecord.Status?) -> TrackedRecord {
        TrackedRecord(key: key, name: key, failingSince: since, nights: nights, status: status)
    }

    private func previous(
        night: String?, wasCompared: Bool = true, comparedWith: String? = nil, failing: [TrackedRecord]?,
        fixed: [TrackedRecord] = [], history: [NightTotals] = []
    ) -> PreviousReport {
        PreviousReport(
            file: "Output/data.json", night: night, wasCompared: wasCompared, comparedWith: comparedWith, history: history,
            failing: failing, fixed: fixed)
    }

    @Test func aFirstNightSaysThereIsNothingToCompareWith() {
        let history = History(night: "2026-11-24", failing: [("Customer: A", "Customer A")], totals: totals, previous: nil)
        #expect(history.uncompared == .firstNight)
        #expect(history.failing["Customer: A"] == tracked("Customer: A", since: "2026-11-24", nights: 1, nil).named("Customer A"))
        #expect(history.status(ofErrorOn: "Customer: A") == nil)
        #expect(history.fixed.isEmpty)
        #expect(history.nights == [NightTotals(night: "2026-11-24", errors: 7, failingRecords: 2)])
    }

    @Test func eachFailingRecordIsNewOrStillFailingSinceItsFirstNight() {
        let before = previous(night: "2026-11-23", failing: [
            tracked("Customer: A", since: "2026-11-20", nights: 4, .stillFailing),
            tracked("Customer: B", since: "2026-11-23", nights: 1, .new),
        ])
        let history = History(night: "2026-11-24", failing: [("Customer: A", "A"), ("Customer: C", "C")], totals: totals, previous: before)
        #expect(history.comparedWith == "2026-11-23")
        #expect(history.failing["Customer: A"] == tracked("Customer: A", since: "2026-11-20", nights: 5, .stillFailing).named("A"))
        #expect(history.failing["Customer: C"] == tracked("Customer: C", since: "2026-11-24", nights: 1, .new).named("C"))
        #expect(history.fixed == [tracked("Customer: B", since: "2026-11-23", nights: 1, nil)])
        #expect((history.newCount, history.stillFailingCount) == (1, 1))
        #expect(history.status(ofErrorOn: "Customer: A") == .stillFailing)
        #expect(history.status(ofErrorOn: "Customer: C") == .new)
        #expect(history.status(ofErrorOn: "Customer: B") == nil, "fixed: its errors are neither new nor still failing")
        #expect(history.status(ofErrorOn: "") == nil, "an error about no record")
    }

    /// A night that fixed every record, compared with a night without a date, stays compared when published again.
    @Test func aReRunKeepsItsComparisonWhenTheNightBeforeHadNoDate() {
        let before = previous(night: nil, failing: [tracked("Customer: B", since: nil, nights: 3, .stillFailing)])
        let first = History(night: "2026-11-24", failing: [], totals: totals, previous: before)
        #expect(first.fixed.map(\.key) == ["Customer: B"])
        let published = previous(night: "2026-11-24", wasCompared: true, comparedWith: nil, failing: [], fixed: first.fixed)
        let again = History(night: "2026-11-24", failing: [], totals: totals, previous: published)
        #expect(again.isCompared)
        #expect(again.fixed == first.fixed)
    }

    /// Publishing the same night again must not turn every record into "still failing since tonight".
    @Test func aReRunOfTheSameNightComparesWithTheNightBefore() {
        let first = History(
            night: "2026-11-24", failing: [("Customer: A", "A"), ("Customer: C", "C")], totals: totals,
            previous: previous(night: "2026-11-23", failing: [
                tracked("Customer: A", since: "2026-11-20", nights: 4, .stillFailing),
                tracked("Customer: B", since: "2026-11-23", nights: 1, .new),
            ]))
        let published = previous(
            night: "2026-11-24", wasCompared: first.isCompared, comparedWith: first.comparedWith,
            failing: first.failing.values.sorted { $0.key < $1.key }, fixed: first.fixed, history: first.nights)
        let again = History(night: "2026-11-24", failing: [("Customer: A", "A"), ("Customer: C", "C")], totals: totals, previous: published)
        #expect(again.comparedWith == "2026-11-23")
        #expect(again.failing == first.failing)
        #expect(again.fixed == first.fixed)
        #expect(again.nights == first.nights)
    }

    /// Nothing is compared, as on the first night, and the report says the night was reported before.
    @Test func aReRunOfAFirstNightIsStillAFirstNight() {
        let first = History(night: "2026-11-24", failing: [("Customer: A", "A")], totals: totals, previous: nil)
        let again = History(
            night: "2026-11-24", failing: [("Customer: A", "A")], totals: totals,
            previous: previous(night: "2026-11-24", wasCompared: false, failing: Array(first.failing.values), history: first.nights))
        #expect(again.uncompared == .firstNightAgain(night: "2026-11-24"))
        #expect(again.failing == first.failing)
    }

    @Test func aLaterNightsReportIsNotComparedWith() {
        let later = previous(night: "2026-11-25", failing: [tracked("Customer: A", since: "2026-11-25", nights: 1, .new)],
                             history: [NightTotals(night: "2026-11-25", errors: 1, failingRecords: 1)])
        let history = History(night: "2026-11-24", failing: [("Customer: A", "A")], totals: totals, previous: later)
        #expect(history.uncompared == .laterNight(file: "Output/data.json", night: "2026-11-25"))
        #expect(history.fixed.isEmpty)
        #expect(history.nights.map(\.night) == ["2026-11-24", "2026-11-25"], "the trend keeps both, in date order")
    }

    @Test func aReportThatListsNoRecordsKeepsItsTrendButComparesNothing() {
        let old = previous(night: "2026-11-23", failing: nil, history: [NightTotals(night: "2026-11-23", errors: 4, failingRecords: 1)])
        let history = History(night: "2026-11-24", failing: [("Customer: A", "A")], totals: totals, previous: old)
        #expect(history.uncompared == .noRecords(file: "Output/data.json"))
        #expect(history.nights.map(\.night) == ["2026-11-23", "2026-11-24"])
    }

    @Test func theTrendKeepsTheLastThirtyNights() {
        let nights = (1...40).map { NightTotals(night: String(format: "2026-10-%02d", $0), errors: $0, failingRecords: 0) }
        let history = History(night: "2026-11-24", failing: [], totals: totals,
                              previous: previous(night: "2026-10-40", failing: [], history: nights))
        #expect(history.nights.count == History.nightsKept)
        #expect(history.nights.last?.night == "2026-11-24")
        #expect(history.nights.first?.night == "2026-10-12")
    }
}

private extension TrackedRecord {
    func named(_ name: String) -> TrackedRecord {
        var record = self
        record.name = name
        return record
    }
}
