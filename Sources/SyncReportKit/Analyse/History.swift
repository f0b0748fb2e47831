/// Tonight against the previous report: which failing records are new, which still fail and since when,
/// which were fixed; and the nights kept for the trend.
public struct History: Sendable {
    /// Why tonight is not compared with anything; `nil` when it is.
    public enum Uncompared: Sendable, Equatable {
        /// No previous report: the first night.
        case firstNight
        /// The first night, run again: its report had nothing before it either.
        case firstNightAgain(night: String)
        /// The previous report comes from a version that did not list its failing records.
        case noRecords(file: String)
        /// The previous report is of a later night than tonight (a night run again after newer ones).
        case laterNight(file: String, night: String)
    }

    /// The night tonight is compared with, when it is.
    public var comparedWith: String?
    public var uncompared: Uncompared?
    /// Tonight's failing records, with since when and for how many nights, by record key.
    public var failing: [String: TrackedRecord]
    /// Records failing in the previous report that no longer fail, by key.
    public var fixed: [TrackedRecord]
    /// Up to `nightsKept` nights, oldest first, tonight included when it has a date.
    public var nights: [NightTotals]

    public static let nightsKept = 30

    public var isCompared: Bool { uncompared == nil }
    public var newCount: Int { failing.values.count { $0.status == .new } }
    public var stillFailingCount: Int { failing.values.count { $0.status == .stillFailing } }

    /// The status of an error: that of its record when the record fails tonight; `nil` for a record a later
    /// synchronisation fixed, an error about no record, or when there is nothing to compare with.
    public func status(ofErrorOn key: String) -> TrackedRecord.Status? {
        failing[key]?.status
    }

    /// - Parameters:
    ///   - night: tonight's date, `nil` when the exports give none.
    ///   - failing: tonight's failing records, key and name.
    init(night: String?, failing: [(key: String, name: String)], totals: Totals, previous: PreviousReport?) {
        let baseline = Self.baseline(tonight: night, previous: previous)
        comparedWith = baseline.comparedWith
        uncompared = baseline.uncompared
        var tracked: [String: TrackedRecord] = [:]
        for record in failing {
            if let before = baseline.records[record.key] {
                tracked[record.key] = TrackedRecord(
                    key: record.key, name: record.name, failingSince: before.failingSince, nights: before.nights + 1,
                    status: .stillFailing)
            } else {
                tracked[record.key] = TrackedRecord(
                    key: record.key, name: record.name, failingSince: night, nights: 1,
                    status: baseline.uncompared == nil ? .new : nil)
            }
        }
        self.failing = tracked
        fixed = baseline.records.values.filter { tracked[$0.key] == nil }.map {
            TrackedRecord(key: $0.key, name: $0.name, failingSince: $0.failingSince, nights: $0.nights, status: nil)
        }.sorted { $0.key < $1.key }
        var kept = (previous?.history ?? []).filter { $0.night != night }
        if let night {
            kept.append(NightTotals(night: night, errors: totals.errors, failingRecords: totals.failingRecords))
        }
        nights = Array(kept.sorted { $0.night < $1.night }.suffix(Self.nightsKept))
    }

    /// The records failing on the night tonight is compared with. A report of tonight itself (a re-run) is not
    /// that night: its own baseline is rebuilt from it, the records it still found failing and those it found fixed.
    private static func baseline(
        tonight: String?, previous: PreviousReport?
    ) -> (records: [String: TrackedRecord], comparedWith: String?, uncompared: Uncompared?) {
        guard let previous else { return ([:], nil, .firstNight) }
        guard let failing = previous.failing else { return ([:], nil, .noRecords(file: previous.file)) }
        if let tonight, let night = previous.night, night > tonight {
            return ([:], nil, .laterNight(file: previous.file, night: night))
        }
        guard let tonight, previous.night == tonight else {
            return (Dictionary(failing.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first }), previous.night, nil)
        }
        guard previous.wasCompared else { return ([:], nil, .firstNightAgain(night: tonight)) }
        let before = failing.filter { $0.status == .stillFailing && $0.nights > 1 }.map { record in
            var record = record
            record.nights -= 1
            return record
        } + previous.fixed
        return (Dictionary(before.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first }), previous.comparedWith, nil)
    }
}
