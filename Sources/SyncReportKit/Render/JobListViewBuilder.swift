/// Builds the list of every job run, in time order, in pages; each row links to the job's section.
struct JobListViewBuilder: Sendable {
    let analysis: Analysis
    let format: Formatter
    let pageSize: Int

    var pagination: Pagination { Pagination(base: PageNames.jobs, count: analysis.jobs.count, size: pageSize) }

    /// One page of the list, its rows rendered with `row`.
    func page(_ number: Int, row: RowTemplate) -> JobListView {
        let pager = pagination.pager(number, format: format)
        let runs = analysis.jobs[pagination.rows(number)]
        return JobListView(
            summary: "Job runs \(pager.summary)", pager: pager,
            rowsHTML: row.rendered(runs.lazy.map { Self.row($0, format: format, root: "") }), hasJobs: !runs.isEmpty)
    }

    /// "one page" or "3 pages of 200", as the lists say it.
    static func pages(_ count: Int, _ pageSize: Int) -> String {
        let pages = Pagination(base: PageNames.jobs, count: count, size: pageSize).pageCount
        return pages == 1 ? "one page" : "\(pages) pages of \(pageSize)"
    }

    /// The row of a job run, as the index and the job list show it.
    static func row(_ run: JobRun, format: Formatter, root: String) -> JobRow {
        let job = run.job
        return JobRow(
            href: root + PageNames.job(job), start: format.time(job.start), finish: format.time(job.finish),
            mapping: format.mapping(job.mapping), direction: job.direction?.title ?? "–",
            inserted: format.count(job.counts.inserted), modified: format.count(job.counts.modified),
            failed: format.count(job.counts.failed), message: format.message(job.message))
    }
}
