import Foundation

/// The Render stage: the pages, the stylesheet, the email and `data.json`. `plan` says what to write and how;
/// each page is rendered when its job runs, so a caller can render, check and write pages one by one on every
/// core without holding the site.
public struct Renderer: Sendable {
    public let options: RenderOptions
    private let templates: TemplateSet

    /// Errors a job's section lists; the rest are in the error lists.
    static let errorsPerJob = 10
    /// Entries a record's timeline shows, the latest; the earlier ones are in the error lists.
    static let eventsPerRecord = 100
    /// Job runs the index lists; all of them are on the job list.
    static let jobsOnIndex = 50

    public init(options: RenderOptions) throws(RenderError) {
        if let base = options.businessCentral?.base, !WebAddress.isHTTP(base) { throw .notWebAddress(option: "--bc-url", address: base) }
        if let url = options.mail.reportURL, !WebAddress.isHTTP(url) { throw .notWebAddress(option: "--report-url", address: url) }
        self.options = options
        templates = try TemplateSet(root: options.templates)
    }

    /// Every file of the report, rendered in memory: for small nights and tests.
    public func run(_ analysis: Analysis) throws(RenderError) -> Site {
        let plan = try plan(analysis)
        var files = plan.files + [SiteFile(path: PageNames.data, bytes: plan.data.encoded())]
        for job in plan.pages { files.append(SiteFile(path: job.path, bytes: try job.render())) }
        return Site(files: files)
    }

    /// What the report holds: the pages as jobs to render, and the few other files already made.
    public func plan(_ analysis: Analysis) throws(RenderError) -> RenderPlan {
        let pages = try pageJobs(analysis)
        let actions = ActionPageBuilder(analysis: analysis, format: Formatter(timeZone: options.timeZone), pageSize: options.pageSize)
        let csvs = actions.ranks.map { SiteFile(path: PageNames.actionCSV($0), bytes: actions.csv(rank: $0)) }
            + (analysis.actions.isEmpty ? [] : [SiteFile(path: PageNames.actionListCSV, bytes: actions.listCSV())])
        var paths = Set([PageNames.data, PageNames.summary, PageNames.email, Manifest.fileName] + csvs.map(\.path))
        for page in pages where !paths.insert(page.path).inserted { throw .pathClash(page.path) }
        if let clash = templates.assets.first(where: { paths.contains($0.path) }) { throw .assetClash(clash.path) }
        return RenderPlan(
            pages: pages, files: templates.assets + (try summary(analysis)) + csvs,
            data: DataJSON(analysis: analysis, generatedAt: options.generatedAt))
    }

    /// `summary.html` and `summary.eml`, the email that carries it with a plain-text twin.
    private func summary(_ analysis: Analysis) throws(RenderError) -> [SiteFile] {
        let builder = SummaryBuilder(analysis: analysis, format: Formatter(timeZone: options.timeZone), mail: options.mail)
        let view = builder.build()
        let html = try page(view, title: view.subject, template: "summary", depth: 0)
        let text = try templates.render(view, template: "summary.txt")
        let message = MIMEMessage(
            from: options.mail.from, to: options.mail.to, subject: view.subject, date: emailDate(analysis),
            text: String(decoding: text, as: UTF8.self), html: String(decoding: html, as: UTF8.self))
        return [SiteFile(path: PageNames.summary, bytes: html), SiteFile(path: PageNames.email, bytes: message.bytes())]
    }

    /// SOURCE_DATE_EPOCH when given, else the latest time in the exports, so the same inputs give the same email.
    private func emailDate(_ analysis: Analysis) -> Date {
        let dataset = analysis.night.dataset
        let times = dataset.jobs.compactMap { $0.finish ?? $0.start } + analysis.night.errors.compactMap(\.error.loggedAt)
        return options.generatedAt ?? times.max() ?? Date(timeIntervalSince1970: 0)
    }

    /// Every page of the report; views are built when a page is rendered, so building is spread over the cores too.
    private func pageJobs(_ analysis: Analysis) throws(RenderError) -> [PageJob] {
        let format = Formatter(timeZone: options.timeZone)
        let rows = ErrorRows(analysis: analysis, format: format, businessCentral: options.businessCentral)
        let errorRow = try templates.row("error")
        let recordSection = try templates.row("record")
        let jobSection = try templates.row("job")
        let jobRow = try templates.row("jobs-row")
        // An error's row is rendered by the page that shows it, as that page is made: once on its list, and
        // again only for the first few of a job's errors, in the job's section. Rows are never all held at once.
        // Every page that shows rows lies one folder down.
        @Sendable func joined(_ indices: ArraySlice<Int>, showsCause: Bool) -> String {
            errorRow.rendered(indices.lazy.map { rows.row($0, root: "../", showsCause: showsCause) })
        }
        var pages: [PageJob] = []
        func add<Content: Sendable>(
            _ path: String, template: String, depth: Int, _ build: @escaping @Sendable () -> (view: Content, title: String)
        ) {
            pages.append(PageJob(path: path) { () throws(RenderError) in
                let (view, title) = build()
                return try page(view, title: title, template: template, depth: depth)
            })
        }
        add(PageNames.index, template: "index", depth: 0) {
            (IndexViewBuilder(analysis: analysis, format: format, jobsShown: Self.jobsOnIndex, pageSize: options.pageSize)
                .build(jobRow: jobRow),
             "Synchronisation report")
        }
        let builder = ErrorListViewBuilder(analysis: analysis, format: format, pageSize: options.pageSize)
        let lists = builder.lists
        add(PageNames.errors, template: "errors", depth: 0) { (builder.hub(lists), "Errors") }
        for cause in Cause.allCases where lists.contains(where: { $0.cause == cause }) {
            add(Pagination.firstPage(PageNames.errors(cause: cause)), template: "error-group", depth: 1) {
                let view = builder.group(cause: cause, mapping: nil, of: lists)
                return (view, view.heading)
            }
        }
        for mapping in analysis.byMapping.map(\.mapping) {
            add(Pagination.firstPage(PageNames.errors(mapping: mapping)), template: "error-group", depth: 1) {
                let view = builder.group(cause: nil, mapping: mapping, of: lists)
                return (view, view.heading)
            }
        }
        for list in lists {
            for number in list.pagination.pages {
                add(list.pagination.path(number), template: "error-page", depth: 1) {
                    let view = builder.page(number, of: list, rows: joined(list.indices[list.pagination.rows(number)], showsCause: false))
                    return (view, "\(view.heading), \(view.summary)")
                }
            }
        }
        let actionPages = ActionPageBuilder(analysis: analysis, format: format, pageSize: options.pageSize)
        if !analysis.actions.isEmpty {
            for number in actionPages.listPagination.pages {
                add(actionPages.listPagination.path(number), template: "actions", depth: 1) {
                    let view = actionPages.listPage(number)
                    return (view, "All actions, \(view.pager.summary)")
                }
            }
        }
        for rank in actionPages.ranks {
            let pagination = actionPages.pagination(rank: rank)
            for number in pagination.pages {
                add(pagination.path(number), template: "action", depth: 1) {
                    let view = actionPages.page(number, rank: rank)
                    return (view, "\(view.heading), \(view.summary)")
                }
            }
        }
        let recordList = RecordListViewBuilder(analysis: analysis, format: format, pageSize: options.pageSize)
        let ordered = recordList.ordered
        let recordPages = recordList.pagination(count: ordered.count)
        let recordRow = try templates.row("records-row")
        for number in recordPages.pages {
            add(recordPages.path(number), template: "records", depth: 0) {
                let view = recordList.page(number, of: ordered, row: recordRow)
                return (view, "Records with errors, \(view.pager.summary)")
            }
        }
        let jobList = JobListViewBuilder(analysis: analysis, format: format, pageSize: options.pageSize)
        for number in jobList.pagination.pages {
            add(jobList.pagination.path(number), template: "jobs", depth: 0) {
                let view = jobList.page(number, row: jobRow)
                return (view, "Job runs, \(view.summary)")
            }
        }
        let history = HistoryViewBuilder(analysis: analysis, format: format)
        let changeRow = try templates.row("changes-row")
        for list in history.lists(pageSize: options.pageSize) {
            for number in list.pagination.pages {
                add(list.pagination.path(number), template: "changes", depth: 1) {
                    let view = history.page(number, of: list, row: changeRow)
                    return (view, "\(view.heading), \(view.summary)")
                }
            }
        }
        let rejected = RejectedListViewBuilder(
            rejected: analysis.night.dataset.rejected, total: analysis.night.dataset.rejectedCount, format: format,
            pageSize: options.pageSize)
        for number in rejected.pagination.pages {
            add(rejected.pagination.path(number), template: "rejected", depth: 0) {
                let view = rejected.page(number)
                return (view, "Rejected rows, \(view.summary)")
            }
        }
        for (path, timelines) in Self.grouped(analysis.records.indices, by: { PageNames.recordPage(analysis.records[$0].record.key) }) {
            add(path, template: "record", depth: 1) {
                var bytes: [UInt8] = []
                for index in timelines {
                    let builder = RecordViewBuilder(
                        analysis: analysis, timeline: analysis.records[index], rows: rows, format: format,
                        eventsShown: Self.eventsPerRecord)
                    recordSection.render(builder.build(), into: &bytes)
                }
                let only = timelines.count == 1 ? analysis.records[timelines[0]].record.displayName : nil
                let view = RecordPageView(
                    summary: only.map { "The timeline of \($0): both sides, its coupling, every job that touched it and what to do now." }
                        ?? "\(format.count(timelines.count)) records, each with both sides, its coupling, every job that touched it and what to do now.",
                    recordsHTML: String(decoding: bytes, as: UTF8.self))
                return (view, only ?? "Records \(format.count(timelines.count)) on one page")
            }
        }
        for (path, runs) in Self.grouped(analysis.jobs.indices, by: { PageNames.jobPage(analysis.jobs[$0].job) }) {
            add(path, template: "job", depth: 1) {
                var bytes: [UInt8] = []
                var title = ""
                for index in runs {
                    let run = analysis.jobs[index]
                    let shown = run.errorIndices.prefix(Self.errorsPerJob)
                    let view = JobViewBuilder(run: run, rows: rows, format: format)
                        .build(errorsHTML: joined(shown, showsCause: true), more: run.errorIndices.count - shown.count)
                    title = view.title
                    jobSection.render(view, into: &bytes)
                }
                let view = JobPageView(
                    summary: runs.count == 1 ? "One job run: its settings, counters, message and the errors it logged."
                        : "\(format.count(runs.count)) job runs, each with its settings, counters, message and the errors it logged.",
                    jobsHTML: String(decoding: bytes, as: UTF8.self))
                return (view, runs.count == 1 ? title : "Job runs \(format.count(runs.count)) on one page")
            }
        }
        return pages
    }

    /// Positions grouped by the page each belongs on, pages sorted by path, positions kept in order.
    private static func grouped(_ positions: Range<Int>, by page: (Int) -> String) -> [(path: String, positions: [Int])] {
        var groups: [String: [Int]] = [:]
        for position in positions { groups[page(position), default: []].append(position) }
        return groups.map { ($0.key, $0.value) }.sorted { $0.path < $1.path }
    }

    private func page<Content: Sendable>(_ content: Content, title: String, template: String, depth: Int) throws(RenderError) -> [UInt8] {
        let generated = options.generatedAt.map { CivilTime.format($0, in: options.timeZone) } ?? ""
        let view = Page(
            root: String(repeating: "../", count: depth), title: title,
            // Foundation calls UTC "GMT"; the options and the help say UTC.
            timeZone: options.timeZone.identifier == "GMT" ? "UTC" : options.timeZone.identifier,
            generated: generated, hasGenerated: !generated.isEmpty, content: content)
        return try templates.render(view, template: template)
    }
}

/// What the report holds, before any page is rendered.
public struct RenderPlan: Sendable {
    /// Each page's path and how to render it; jobs are independent and may run on any thread.
    public var pages: [PageJob]
    /// Files made whole while planning: the stylesheet, the email.
    public var files: [SiteFile]
    /// `data.json`, written as a stream.
    var data: DataJSON
}

/// One page to render: where it goes, and how to build its view and render it.
public struct PageJob: Sendable {
    public let path: String
    public let render: @Sendable () throws(RenderError) -> [UInt8]
}

/// Formats values for people, in the report's time zone.
struct Formatter: Sendable {
    let timeZone: TimeZone

    func time(_ date: Date?, absent: String = "–") -> String {
        date.map { CivilTime.format($0, in: timeZone) } ?? absent
    }

    func count(_ value: Int) -> String {
        String(value)
    }

    /// "clears 12 errors on 3 records": what an action is worth, the same on the index and in the email.
    func clears(_ action: PlannedAction) -> String {
        "clears \(count(action.errors)) \(action.errors == 1 ? "error" : "errors") on \(count(action.records.count)) \(action.records.count == 1 ? "record" : "records")"
    }

    /// A cause as lists and actions name it: a transient one says that it passes by itself.
    func cause(_ cause: Cause) -> String {
        cause.isTransient ? "\(cause.title) – transient" : cause.title
    }

    /// What to do when no record fails: nothing, unless a health check says the night cannot be trusted.
    func noActions(_ analysis: Analysis) -> String {
        analysis.health.isEmpty
            ? "No record is failing: nothing to do."
            : "No record is failing in the exports read, but this is not an all-clear: clear the checks at the top first."
    }

    func mapping(_ name: String) -> String {
        name.isEmpty ? "(not in the exports)" : name
    }

    /// The characters of a message a page shows: Business Central's field holds 2,048, so more means an export
    /// written by something else, and pages must stay bounded whatever the exports hold.
    static let messageLimit = 4_096

    /// `text` as a page shows it: whole up to `messageLimit` characters, else cut there with a word on the rest.
    func message(_ text: String) -> String {
        guard text.utf8.count > Self.messageLimit else { return text }
        let total = text.count
        guard total > Self.messageLimit else { return text }
        return "\(text.prefix(Self.messageLimit)) … (\(count(total - Self.messageLimit)) more characters; data.json holds the whole text)"
    }
}
