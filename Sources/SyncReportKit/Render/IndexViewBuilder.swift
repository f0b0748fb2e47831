/// Builds the index page: the night at a glance.
struct IndexViewBuilder: Sendable {
    let analysis: Analysis
    let format: Formatter
    /// The first job runs listed; the job list has them all.
    let jobsShown: Int
    let pageSize: Int

    /// The index, its job rows rendered with `jobRow`.
    func build(jobRow: RowTemplate) -> IndexView {
        let totals = analysis.totals
        let errors = analysis.night.errors
        let jobs = analysis.night.dataset.jobs
        let starts = jobs.compactMap(\.start) + errors.compactMap(\.error.loggedAt)
        let finishes = jobs.compactMap(\.finish) + errors.compactMap(\.error.loggedAt)
        let period = starts.min().map { "\(format.time($0)) to \(format.time(finishes.max()))" } ?? ""
        return IndexView(
            period: period,
            hasPeriod: !period.isEmpty,
            health: analysis.health.map { finding in
                let jobs = finding.jobs.map { job in
                    Link(label: "\(format.mapping(job.mapping)) at \(format.time(job.start))", href: PageNames.job(job))
                }
                return HealthRow(text: finding.text, remedy: finding.remedy, jobs: jobs, hasJobs: !jobs.isEmpty)
            },
            hasHealth: !analysis.health.isEmpty,
            noActions: format.noActions(analysis),
            stats: [
                Stat(label: "Jobs run", value: format.count(totals.jobs), href: "#jobs", hasLink: totals.jobs > 0),
                Stat(label: "Errors", value: format.count(totals.errors), href: PageNames.errors, hasLink: true),
                Stat(label: "Failing records", value: format.count(totals.failingRecords), href: Pagination.firstPage(PageNames.records), hasLink: !analysis.records.isEmpty),
                Stat(label: "Couplings", value: format.count(totals.couplings), href: "", hasLink: false),
                Stat(label: "Rejected rows", value: format.count(totals.rejectedRows), href: Pagination.firstPage(PageNames.rejected), hasLink: totals.rejectedRows > 0),
            ],
            history: HistoryViewBuilder(analysis: analysis, format: format).index(),
            actions: analysis.actions.prefix(Self.actionsShown).enumerated().map { actionRow($1, rank: $0 + 1) },
            hasActions: !analysis.actions.isEmpty,
            allActions: Link(label: "All \(format.count(analysis.actions.count)) actions, with their records", href: Pagination.firstPage(PageNames.actionList)),
            moreActions: analysis.actions.count > Self.actionsShown
                ? "\(format.count(analysis.actions.count - Self.actionsShown)) more actions, each clearing fewer errors, are on the list of all actions and on their records' pages."
                : "",
            hasMoreActions: analysis.actions.count > Self.actionsShown,
            causeChart: Chart.bars(
                id: "chart-causes", title: "Errors by cause",
                items: analysis.byCause.map { ($0.cause.title, $0.errors) }, format: format),
            causes: analysis.byCause.map { count in
                CauseRow(
                    id: count.cause.rawValue, title: count.cause.title,
                    href: Pagination.firstPage(PageNames.errors(cause: count.cause)), errors: format.count(count.errors),
                    records: format.count(count.records), hasErrors: count.errors > 0)
            },
            mappingChart: analysis.byMapping.isEmpty ? [] : [Chart.bars(
                id: "chart-mappings", title: "Errors by integration table mapping",
                items: analysis.byMapping.map { (format.mapping($0.mapping), $0.errors) }, format: format)],
            mappings: analysis.byMapping.map {
                MappingRow(
                    name: format.mapping($0.mapping), href: Pagination.firstPage(PageNames.errors(mapping: $0.mapping)),
                    errors: format.count($0.errors))
            },
            hasMappings: !analysis.byMapping.isEmpty,
            recordsCount: format.count(analysis.records.count),
            hasRecords: !analysis.records.isEmpty,
            jobsHTML: jobRow.rendered(analysis.jobs.prefix(jobsShown).lazy.map { JobListViewBuilder.row($0, format: format, root: "") }),
            hasJobs: !analysis.jobs.isEmpty,
            allJobs: analysis.jobs.count > jobsShown
                ? "All \(format.count(analysis.jobs.count)) job runs" : "The job runs, \(JobListViewBuilder.pages(analysis.jobs.count, pageSize))",
            allJobsHref: Pagination.firstPage(PageNames.jobs),
            inputs: analysis.night.dataset.inputs.map { input in
                InputRow(
                    file: input.file, table: input.table.title, format: input.format,
                    rowsRead: format.count(input.rowsRead), rowsUsed: format.count(input.rowsUsed),
                    rowsRejected: format.count(input.rowsRejected),
                    absentColumns: input.absentColumns.isEmpty ? "none" : input.absentColumns.joined(separator: ", "))
            },
            duplicates: duplicatesText,
            hasDuplicates: !duplicatesText.isEmpty,
            unavailable: analysis.unavailable.map(Note.init),
            hasUnavailable: !analysis.unavailable.isEmpty,
            rejectedCount: format.count(analysis.night.dataset.rejectedCount),
            hasRejected: analysis.night.dataset.rejectedCount > 0
        )
    }

    private var duplicatesText: String {
        let duplicates = analysis.night.dataset.duplicates
        let total = duplicates.repeated + duplicates.conflicting
        guard total > 0 else { return "" }
        return "\(format.count(total)) rows appeared in more than one input and were merged"
            + (duplicates.conflicting > 0 ? "; \(format.count(duplicates.conflicting)) of them had different values, and the newer row was kept." : ".")
    }

    /// Enough records to recognise the group; every one of them is in the list of records.
    private static let recordsPerAction = 12
    /// The rest clear fewer errors each; their records' pages say what to do.
    private static let actionsShown = 25

    private func actionRow(_ action: PlannedAction, rank: Int) -> ActionRow {
        let shown = action.records.prefix(Self.recordsPerAction)
        let more = action.records.count - shown.count
        return ActionRow(
            cause: format.cause(action.cause), causeID: action.cause.rawValue, text: action.text,
            clears: format.clears(action) + ".",
            records: shown.map { Link(label: $0.displayName, href: PageNames.record($0.key)) },
            more: more > 0 ? "and \(format.count(more)) more" : "", hasMore: more > 0,
            page: Link(
                label: action.records.count == 1 ? "The record and the filter to retry it" : "All \(format.count(action.records.count)) records and the filter to retry them",
                href: Pagination.firstPage(PageNames.action(rank))))
    }
}
