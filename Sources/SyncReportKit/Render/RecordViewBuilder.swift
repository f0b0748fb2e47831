/// Builds one record's timeline section: both sides, the coupling, every event in time order, what to do now.
struct RecordViewBuilder: Sendable {
    let analysis: Analysis
    let timeline: RecordTimeline
    let rows: ErrorRows
    let format: Formatter
    /// The latest events shown; a record failing on every run of a long night would make its page unbounded.
    let eventsShown: Int

    func build() -> RecordView {
        let record = timeline.record
        // The same reading as the error list: the coupling's flag, or a row on Coupled Data Synchronization Errors.
        let isSkipped = RecordFacts(latestPageState, coupling: timeline.coupling).isSkipped ?? false
        let evidence = pageEvidence
        let history = HistoryViewBuilder(analysis: analysis, format: format).line(for: record.key)
        let entries = collapsed(timeline.events)
        let shown = entries.suffix(eventsShown)
        let earlier = entries[..<shown.startIndex].reduce(0) { $0 + 1 + $1.repeats.count }
        return RecordView(
            anchor: PageNames.recordAnchor(record.key),
            name: record.displayName,
            sides: [
                Field(label: "Business Central record", value: record.businessCentral?.description ?? "not named in the exports"),
                Field(label: "Dataverse row", value: record.dataverse?.description ?? "not named in the exports"),
            ],
            coupling: timeline.coupling.map(couplingFields) ?? [],
            hasCoupling: timeline.coupling != nil,
            pageEvidence: evidence,
            hasPageEvidence: !evidence.isEmpty,
            isFailing: timeline.isFailing,
            status: timeline.isFailing
                ? "Failing: the last synchronisation did not succeed."
                : "Fixed: the coupling records a successful synchronisation after the errors below.",
            history: history,
            hasHistory: !history.isEmpty,
            nextSteps: nextSteps,
            isSkipped: isSkipped && timeline.isFailing,
            events: shown.map { eventRow($0.first, repeats: $0.repeats) },
            earlierEvents: earlier == 0 ? ""
                : "The latest \(format.count(shown.count)) of \(format.count(timeline.events.count)) events; the \(format.count(earlier)) earlier ones are in the error lists by cause and by mapping.",
            hasEarlierEvents: earlier > 0
        )
    }

    /// The deciding error of each failing direction; those that need a decision come before those that clear
    /// by themselves when retried. A lasting cause behind a later transient error says so.
    private var nextSteps: [Step] {
        timeline.failing
            .map { (deciding: analysis.night.errors[$0.decidingErrorIndex], latest: analysis.night.errors[$0.latestErrorIndex]) }
            .sorted { !$0.deciding.classification.cause.isTransient && $1.deciding.classification.cause.isTransient }
            .map { errors in
                let error = errors.deciding
                let links = rows.links(for: error)
                let cause = error.classification.cause
                let later = errors.latest.classification.cause
                return Step(
                    direction: error.direction?.title ?? "Direction not in the exports",
                    cause: format.cause(cause) + (later != cause ? "; the latest error, \(later.title.lowercased()), passes by itself, this one stays" : ""),
                    action: error.action, links: links, hasLinks: !links.isEmpty)
            }
    }

    /// The latest state Coupled Data Synchronization Errors reported for the record.
    private var latestPageState: RecordState? {
        timeline.errorIndices.reversed().lazy.compactMap { analysis.night.errors[$0].error.recordState }.first
    }

    private var pageEvidence: [Field] {
        guard let state = latestPageState else { return [] }
        func exists(_ value: Bool?) -> String {
            switch value {
            case true?: "Yes"
            case false?: "No: it was deleted"
            case nil: "not in the export"
            }
        }
        return [
            Field(label: "Record exists in Business Central", value: exists(state.recordExists)),
            Field(label: "Coupled Dataverse row exists", value: exists(state.coupledRecordExists)),
            Field(label: "Coupled to", value: state.coupledTo.isEmpty ? "–" : state.coupledTo),
        ]
    }

    private func couplingFields(_ coupling: Coupling) -> [Field] {
        [
            Field(label: "CRM ID", value: coupling.crmID.value),
            Field(label: "Integration ID", value: coupling.integrationID.value),
            Field(label: "Last synchronisation into Business Central", value: result(coupling.lastSynchResult, job: coupling.lastSynchJobID)),
            Field(label: "Last synchronisation into Dataverse", value: result(coupling.lastSynchCRMResult, job: coupling.lastSynchCRMJobID)),
            Field(label: "Business Central record modified at last synchronisation", value: format.time(coupling.lastSynchModifiedOn)),
            Field(label: "Dataverse row modified at last synchronisation", value: format.time(coupling.lastSynchCRMModifiedOn)),
            Field(label: "Skipped", value: coupling.isSkipped ? "Yes: left out of synchronisation until Retry" : "No"),
        ]
    }

    private func result(_ result: SyncResult?, job: GUID?) -> String {
        let text = result?.rawValue ?? "none recorded"
        guard let job else { return text }
        return "\(text) (job \(job.value))"
    }

    /// Consecutive failures in one direction with the same message, cause and action are one entry with the
    /// times they came back: a record that fails on every run of the night is one entry, not forty.
    private func collapsed(_ events: [TimelineEvent]) -> [(first: TimelineEvent, repeats: [TimelineEvent])] {
        var entries: [(first: TimelineEvent, repeats: [TimelineEvent])] = []
        for event in events {
            if let last = entries.last, sameFailure(last.first, event) {
                entries[entries.count - 1].repeats.append(event)
            } else {
                entries.append((event, []))
            }
        }
        return entries
    }

    private func sameFailure(_ first: TimelineEvent, _ second: TimelineEvent) -> Bool {
        guard case .failed(let a) = first.kind, case .failed(let b) = second.kind, first.direction == second.direction else { return false }
        // Read in place rather than copied: every event of a timeline is compared with the one before.
        let errors = analysis.night.errors
        return errors[a].error.message == errors[b].error.message
            && errors[a].classification.cause == errors[b].classification.cause
            && errors[a].hasSameAction(as: errors[b])
    }

    private func eventRow(_ event: TimelineEvent, repeats: [TimelineEvent]) -> EventRow {
        let again = repeats.map { event in
            Link(label: format.time(event.at, absent: "time not in the exports"), href: rows.jobHref(event.jobID, root: "../") ?? "")
        }
        let job = rows.job(event.jobID, root: "../")
        let jobText = job.map { "\(format.mapping($0.job.mapping)) at \(format.time($0.job.start))" } ?? (event.jobID?.value ?? "–")
        let common = (
            time: format.time(event.at, absent: "time not in the exports"), jobHref: job?.href ?? "", hasJob: job != nil,
            job: jobText, direction: event.direction?.title ?? "–")
        switch event.kind {
        case .failed(let index):
            let classification = analysis.night.errors[index].classification
            return EventRow(
                time: common.time, jobHref: common.jobHref, hasJob: common.hasJob, job: common.job, direction: common.direction,
                isFailure: true, message: format.message(analysis.night.errors[index].error.message), cause: classification.cause.title,
                evidence: ErrorRows.evidence(classification), action: analysis.night.errors[index].action,
                repeatSummary: again.isEmpty ? "" : "The same error came back \(format.count(again.count)) more \(again.count == 1 ? "time" : "times"):",
                repeats: again, hasRepeats: !again.isEmpty)
        case .synchronized:
            return EventRow(
                time: common.time, jobHref: common.jobHref, hasJob: common.hasJob, job: common.job, direction: common.direction,
                isFailure: false, message: "Synchronised successfully", cause: "", evidence: "coupling's last synchronisation result",
                action: "", repeatSummary: "", repeats: [], hasRepeats: false)
        }
    }
}
