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
        let format = Formatter(timeZone: options.timeZone)
        let rows = ErrorRows(analysis: analysis, format: format, businessCentral: options.businessCentral)
        var files = templates.assets
        files.append(SiteFile(path: PageNames.index, bytes: try page(
            IndexViewBuilder(analysis: analysis, format: format).build(),
            title: "Synchronisation report", template: "index", depth: 0)))
        let lists = ErrorListViewBuilder(analysis: analysis, rows: rows, format: format, pageSize: options.pageSize)
        let causes = lists.causeLists
        let mappings = lists.mappingLists
        files.append(SiteFile(path: PageNames.errors, bytes: try page(
            lists.hub(causes: causes, mappings: mappings), title: "Errors", template: "errors", depth: 0)))
        for (kind, group) in [("Cause", causes), ("Mapping", mappings)] {
            for list in group {
                for number in list.pagination.pages {
                    let view = lists.page(number, of: list, kind: kind)
                    files.append(SiteFile(path: list.pagination.path(number), bytes: try page(
                        view, title: "\(view.heading), \(view.summary)", template: "error-page", depth: 1)))
                }
            }
        }
        let recordList = RecordListViewBuilder(analysis: analysis, format: format, pageSize: options.pageSize)
        let ordered = recordList.ordered
        for number in recordList.pagination(count: ordered.count).pages {
            let view = recordList.page(number, of: ordered)
            files.append(SiteFile(path: recordList.pagination(count: ordered.count).path(number), bytes: try page(
                view, title: "Records with errors, \(view.summary)", template: "records", depth: 0)))
        }
        let history = HistoryViewBuilder(analysis: analysis, format: format)
        for list in history.lists(pageSize: options.pageSize) {
            for number in list.pagination.pages {
                let view = history.page(number, of: list)
                files.append(SiteFile(path: list.pagination.path(number), bytes: try page(
                    view, title: "\(view.heading), \(view.summary)", template: "changes", depth: 1)))
            }
        }
        let rejected = analysis.night.dataset.rejected
        files.append(SiteFile(path: PageNames.rejected, bytes: try page(
            RejectedListView(
                count: format.count(rejected.count),
                rows: rejected.map {
                    RejectedView(file: $0.location.file, line: format.count($0.location.line),
                                 column: format.count($0.location.column), reason: $0.reason)
                },
                hasRows: !rejected.isEmpty),
            title: "Rejected rows", template: "rejected", depth: 0)))
        for timeline in analysis.records {
            files.append(SiteFile(path: PageNames.record(timeline.record.key), bytes: try page(
                RecordViewBuilder(analysis: analysis, timeline: timeline, rows: rows, format: format).build(),
                title: timeline.record.displayName, template: "record", depth: 1)))
        }
        for run in analysis.jobs {
            let view = JobViewBuilder(run: run, rows: rows, format: format).build()
            files.append(SiteFile(path: PageNames.job(run.job), bytes: try page(
                view, title: view.title, template: "job", depth: 1)))
        }
        files.append(SiteFile(path: PageNames.data, bytes: DataJSON(analysis: analysis, generatedAt: options.generatedAt).encoded()))
        let generated = Set(files.dropFirst(templates.assets.count).map(\.path))
        if let clash = templates.assets.first(where: { generated.contains($0.path) || $0.path == "manifest-sha256.txt" }) {
            throw .assetClash(clash.path)
        }
        return Site(files: files)
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

    func mapping(_ name: String) -> String {
        name.isEmpty ? "(not in the exports)" : name
    }
}
