import Foundation

/// The Render stage: pages from the templates, the stylesheet and `data.json`, all in memory.
public struct Renderer: Sendable {
    public let options: RenderOptions
    private let templates: TemplateSet

    public init(options: RenderOptions) throws(RenderError) {
        self.options = options
        templates = try TemplateSet(root: options.templates)
    }

    public func run(_ analysis: Analysis) throws(RenderError) -> Site {
        let pages = plan(analysis)
        var paths: Set<String> = [PageNames.data, PageNames.summary, PageNames.email, Manifest.fileName]
        for page in pages where !paths.insert(page.path).inserted { throw .pathClash(page.path) }
        if let clash = templates.assets.first(where: { paths.contains($0.path) }) { throw .assetClash(clash.path) }
        // Pages are independent; a large night has tens of thousands, so they are rendered on every core.
        let rendered = pages.parallelMap(minimumChunk: 32) { job in
            Result { () throws(RenderError) in SiteFile(path: job.path, bytes: try job.render()) }
        }
        var files = templates.assets
        for result in rendered { files.append(try result.get()) }
        files.append(SiteFile(path: PageNames.data, bytes: DataJSON(analysis: analysis, generatedAt: options.generatedAt).encoded()))
        files += try summary(analysis)
        return Site(files: files)
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

    /// One page to render: where it goes, and how to build its view and render it.
    private struct PageJob: Sendable {
        let path: String
        let render: @Sendable () throws(RenderError) -> [UInt8]
    }

    /// Every page of the report; views are built when a page is rendered, so building is spread over the cores too.
    private func plan(_ analysis: Analysis) -> [PageJob] {
        let format = Formatter(timeZone: options.timeZone)
        let rows = ErrorRows(analysis: analysis, format: format, businessCentral: options.businessCentral)
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
            (IndexViewBuilder(analysis: analysis, format: format).build(), "Synchronisation report")
        }
        let lists = ErrorListViewBuilder(analysis: analysis, rows: rows, format: format, pageSize: options.pageSize)
        let causes = lists.causeLists
        let mappings = lists.mappingLists
        add(PageNames.errors, template: "errors", depth: 0) { (lists.hub(causes: causes, mappings: mappings), "Errors") }
        for (kind, group) in [("Cause", causes), ("Mapping", mappings)] {
            for list in group {
                for number in list.pagination.pages {
                    add(list.pagination.path(number), template: "error-page", depth: 1) {
                        let view = lists.page(number, of: list, kind: kind)
                        return (view, "\(view.heading), \(view.summary)")
                    }
                }
            }
        }
        let recordList = RecordListViewBuilder(analysis: analysis, format: format, pageSize: options.pageSize)
        let ordered = recordList.ordered
        let recordPages = recordList.pagination(count: ordered.count)
        for number in recordPages.pages {
            add(recordPages.path(number), template: "records", depth: 0) {
                let view = recordList.page(number, of: ordered)
                return (view, "Records with errors, \(view.summary)")
            }
        }
        let history = HistoryViewBuilder(analysis: analysis, format: format)
        for list in history.lists(pageSize: options.pageSize) {
            for number in list.pagination.pages {
                add(list.pagination.path(number), template: "changes", depth: 1) {
                    let view = history.page(number, of: list)
                    return (view, "\(view.heading), \(view.summary)")
                }
            }
        }
        add(PageNames.rejected, template: "rejected", depth: 0) {
            let rejected = analysis.night.dataset.rejected
            let view = RejectedListView(
                count: format.count(rejected.count),
                rows: rejected.map {
                    RejectedView(file: $0.location.file, line: format.count($0.location.line),
                                 column: format.count($0.location.column), reason: $0.reason)
                },
                hasRows: !rejected.isEmpty)
            return (view, "Rejected rows")
        }
        for timeline in analysis.records {
            add(PageNames.record(timeline.record.key), template: "record", depth: 1) {
                (RecordViewBuilder(analysis: analysis, timeline: timeline, rows: rows, format: format).build(), timeline.record.displayName)
            }
        }
        for run in analysis.jobs {
            add(PageNames.job(run.job), template: "job", depth: 1) {
                let view = JobViewBuilder(run: run, rows: rows, format: format).build()
                return (view, view.title)
            }
        }
        return pages
    }

    private func page<Content: Sendable>(_ content: Content, title: String, template: String, depth: Int) throws(RenderError) -> [UInt8] {
        let generated = options.generatedAt.map { CivilTime.format($0, in: options.timeZone) } ?? ""
        let view = Page(
            root: String(repeating: "../", count: depth), title: title, timeZone: options.timeZone.identifier,
            generated: generated, hasGenerated: !generated.isEmpty, content: content)
        return try templates.render(view, template: template)
    }
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

    func mapping(_ name: String) -> String {
        name.isEmpty ? "(not in the exports)" : name
    }
}
