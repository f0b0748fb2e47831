import Foundation
import SyncReportTemplates

/// What `syncreport generate` is asked to do, as plain values.
public struct GenerateRequest: Sendable {
    public var inputs: [String]
    public var output: URL
    /// User rule files, applied over the default rules in this order.
    public var ruleFiles: [String]
    /// Read every message as this language; `nil` lets each message's words choose.
    public var language: Language?
    public var timeZone: TimeZone
    /// The day/month order of locale-formatted dates; `nil` decides it from the data.
    public var dateOrder: DateOrder?
    /// What one export may hold.
    public var limits: ImportLimits
    /// A folder holding `report/`; `nil` for the templates that ship with the tool.
    public var templates: URL?
    /// From `SOURCE_DATE_EPOCH`; `nil` keeps wall-clock time out of the report.
    public var generatedAt: Date?
    /// Links actions to the web client; `nil` names the pages instead.
    public var businessCentral: BusinessCentralLinks?
    /// The summary email's addresses and links.
    public var mail: MailOptions
    /// The report tonight is compared with.
    public var previous: PreviousSource
    /// Rows on each page of a paginated list.
    public var pageSize: Int
    /// Where to keep the night as a BagIt bag, if anywhere.
    public var archive: Archiver?
    /// Who sends the summary email once the report is published, if anyone.
    public var mailer: Mailer?
    /// Told of each step as it starts and ends, and of progress within long steps.
    public var observer: RunObserver?

    public init(
        inputs: [String], output: URL, ruleFiles: [String] = [], language: Language? = nil, timeZone: TimeZone = TimeZone(identifier: "UTC")!,
        dateOrder: DateOrder? = nil, limits: ImportLimits = .standard, templates: URL? = nil, generatedAt: Date? = nil,
        businessCentral: BusinessCentralLinks? = nil, mail: MailOptions = MailOptions(), previous: PreviousSource = .replacedFolder,
        pageSize: Int = RenderOptions.defaultPageSize, archive: Archiver? = nil, mailer: Mailer? = nil,
        observer: RunObserver? = nil
    ) {
        self.inputs = inputs
        self.output = output
        self.ruleFiles = ruleFiles
        self.language = language
        self.timeZone = timeZone
        self.dateOrder = dateOrder
        self.limits = limits
        self.templates = templates
        self.generatedAt = generatedAt
        self.businessCentral = businessCentral
        self.mail = mail
        self.previous = previous
        self.pageSize = pageSize
        self.archive = archive
        self.mailer = mailer
        self.observer = observer
    }

    /// The options that shape the report, as bag-info.txt records them: paths of outputs are left out, so the
    /// same night archived from two folders gives the same bag.
    var optionWords: [String] {
        var words = ["--time-zone \(timeZone.identifier)", "--page-size \(pageSize)"]
        if let dateOrder { words.append("--date-order \(dateOrder.rawValue)") }
        let standard = ImportLimits.standard
        for (flag, value, usual) in [
            ("--max-input-bytes", limits.inputBytes, standard.inputBytes), ("--max-rows", limits.rows, standard.rows),
            ("--max-field-bytes", limits.fieldBytes, standard.fieldBytes),
            ("--max-unpacked-bytes", limits.unpackedBytes, standard.unpackedBytes),
        ] where value != usual {
            words.append("\(flag) \(value)")
        }
        words += ruleFiles.map { "--rules \($0)" }
        if let language { words.append("--language \(language.rawValue)") }
        if let templates { words.append("--templates \(templates.path)") }
        if let businessCentral { words += ["--bc-url \(businessCentral.base)", "--company \(businessCentral.company)"] }
        if let url = mail.reportURL { words.append("--report-url \(url)") }
        words.append("--mail-from \(mail.from)")
        words += mail.to.map { "--mail-to \($0)" }
        switch previous {
        case .replacedFolder: break
        case .folder(let path): words.append("--previous \(path)")
        case .none: words.append("--no-previous")
        }
        return words
    }
}

/// Where the previous night's report is read from.
public enum PreviousSource: Sendable, Equatable {
    /// The report being replaced, if the output folder holds one.
    case replacedFolder
    /// A published report folder elsewhere, e.g. a copy kept by the web server.
    case folder(String)
    /// None: tonight starts the history afresh.
    case none

    /// A folder that was named must hold a report; the folder being replaced need not (a first night).
    func load(replacing output: OutputFolder) throws(ImportError) -> PreviousReport? {
        switch self {
        case .replacedFolder:
            return try PreviousReport.load(folder: output.url.path)
        case .folder(let path):
            guard let report = try PreviousReport.load(folder: path) else {
                throw .unreadable(file: path + "/data.json", reason: "there is no previous report's data.json there")
            }
            return report
        case .none:
            return nil
        }
    }
}

/// Reads the inputs and rules, runs the stages and publishes: the whole of `syncreport generate`.
///
/// Import, Classify and Analyse work on the whole night in memory; from there pages stream: each is rendered,
/// validated and written into the staging folder by a worker on each core, and only its hash, ids and link
/// targets are kept for the checks across pages and the manifest. Nothing reaches the output folder unless
/// every step succeeded.
public enum Generation {
    /// The steps of a run, in order, as `--timings` and the progress line name them.
    public static let steps = [
        "read inputs", "import", "classify", "analyse", "plan pages", "render, validate and write pages", "check links",
        "publish", "archive", "send mail",
    ]

    public static func run(_ request: GenerateRequest) throws(PipelineError) -> Report {
        let output = try checkedOutput(request)
        var steps = Steps(steps, observer: request.observer)
        let inputs = try steps.run("read inputs", mapError: PipelineError.input) { _ throws(ImportError) in
            try request.inputs.map { path throws(ImportError) in try InputFile.load(path: path, maxBytes: request.limits.inputBytes) }
        }
        return try run(request, inputs: consume inputs, output: output, steps: &steps)
    }

    /// Builds from inputs already read; their names are what the report shows (the demo names its sample files).
    public static func run(_ request: GenerateRequest, inputs: [InputFile]) throws(PipelineError) -> Report {
        let output = try checkedOutput(request)
        var steps = Steps(steps, observer: request.observer)
        steps.skip("read inputs")
        return try run(request, inputs: inputs, output: output, steps: &steps)
    }

    /// The folder is checked before any work, so a wrong `--out` fails at once.
    private static func checkedOutput(_ request: GenerateRequest) throws(PipelineError) -> OutputFolder {
        do {
            let folder = try OutputFolder(
                request.output, inputs: request.inputs,
                workingDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
            try Publisher().check(folder)
            return folder
        } catch {
            throw .publish(error)
        }
    }

    private static func run(
        _ request: GenerateRequest, inputs: consuming [InputFile], output: OutputFolder, steps: inout Steps
    ) throws(PipelineError) -> Report {
        let rules: RuleSet
        let renderer: Renderer
        do {
            rules = try RuleSet.effective(userFiles: request.ruleFiles)
        } catch {
            throw .rules(error)
        }
        do {
            renderer = try Renderer(options: RenderOptions(
                timeZone: request.timeZone, generatedAt: request.generatedAt,
                templates: request.templates ?? BundledTemplates.root, businessCentral: request.businessCentral,
                pageSize: request.pageSize, mail: request.mail))
        } catch {
            throw .render(error)
        }
        // The folder is held from before the report it replaces is read until the new one is published.
        let publication: Publication
        do {
            publication = try Publisher().begin(output)
        } catch {
            throw .publish(error)
        }
        let previous: PreviousReport?
        do {
            previous = try request.previous.load(replacing: output)
        } catch {
            throw .input(error)
        }
        let importer = Importer(options: ImportOptions(timeZone: request.timeZone, dateOrder: request.dateOrder, limits: request.limits))
        let dataset = try steps.run("import", mapError: PipelineError.input) { _ throws(ImportError) in try importer.run(inputs) }
        // Only the bag needs the exports' bytes after import; without one, they are let go here.
        let archived = request.archive == nil ? [] : inputs
        _ = consume inputs
        let night = steps.run("classify") { _ in Classifier(rules: rules, language: request.language).run(dataset) }
        let analysis = steps.run("analyse") { _ in Analyser().run(night, previous: previous) }
        let plan = try steps.run("plan pages", mapError: PipelineError.render) { _ throws(RenderError) in try renderer.plan(analysis) }
        let staging = try steps.run("render, validate and write pages", mapError: { $0 }) { progress throws(PipelineError) in
            try write(plan, into: publication, progress: progress)
        }
        let written = try steps.run("check links", mapError: PipelineError.validation) { _ throws(ValidationError) in
            let issues = Validator.issues(staging.outcome, files: Set(staging.files.map(\.path))) { staging.folder.read($0) }
            guard issues.isEmpty else { throw ValidationError(issues: issues) }
            return staging.files
        }
        // SOURCE_DATE_EPOCH when given, so the same night archives to the same bytes; else now, read once.
        let baggedAt = request.generatedAt ?? Date()
        // The bag is made and its limits checked before publishing: an exceeded limit publishes nothing.
        let bag = try request.archive.map { archiver throws(PipelineError) in
            let bag = Bag(
                report: written, inputs: archived,
                info: Bag.Info(
                    baggingDate: String(CivilTime.format(baggedAt, in: .gmt, iso: true).prefix(10)),
                    night: analysis.date, options: request.optionWords))
            do throws(ArchiveError) {
                try archiver.check(bag)
            } catch {
                throw .archive(error)
            }
            return (archiver, bag)
        }
        try steps.run("publish", mapError: PipelineError.publish) { _ throws(PublishError) in try publication.publish(written) }
        if let (archiver, bag) = bag {
            // The report's files are copied from the published folder: the lock, held until `publication` is
            // released, keeps another run from replacing them midway.
            try withExtendedLifetime(publication) { () throws(PipelineError) in
                _ = try steps.run("archive", mapError: PipelineError.bag) { _ throws(ArchiveError) in
                    try archiver.run(bag, report: publication.url, modified: baggedAt)
                }
            }
        } else {
            steps.skip("archive")
        }
        let email = plan.files.first { $0.path == PageNames.email }?.bytes ?? []
        if let mailer = request.mailer {
            try steps.run("send mail", mapError: PipelineError.mail) { _ throws(MailError) in try mailer.send(email) }
        } else {
            steps.skip("send mail")
        }
        return Report(analysis: analysis, files: written, email: email)
    }

    /// What the streaming step leaves: the staged files, and what the checks across pages need.
    private struct Staged {
        var folder: StagingFolder
        var files: [WrittenFile]
        var outcome: PageStreamOutcome
    }

    /// Renders, validates and writes every page into a new staging folder on every core; the files made while
    /// planning are written as they are (the email's HTML part is a page, so it is checked with the pages).
    private static func write(_ plan: RenderPlan, into publication: Publication, progress: Progress) throws(PipelineError) -> Staged {
        let folder: StagingFolder
        do {
            folder = try publication.stage()
            try folder.makeFolders(for: plan.pages.map(\.path) + plan.files.map(\.path) + [PageNames.data])
        } catch {
            throw .publish(error)
        }
        // data.json is written on a thread of its own beside the page workers: it is one long file that would
        // otherwise be written after the last page, on one core.
        let (streamed, data) = concurrently(
            { Result { () throws(PipelineError) in try streamPages(plan, into: folder, progress: progress) } },
            { Result { () throws(PublishError) in
                try folder.stream(to: PageNames.data) { sink throws(PublishError) in try plan.data.write(to: &sink) }
            } })
        let outcome = try streamed.get()
        var files = outcome.files
        for file in plan.files where !file.isPage {
            do throws(PublishError) {
                files.append(try folder.write(file.bytes, to: file.path))
            } catch {
                throw .publish(error)
            }
        }
        do throws(PublishError) {
            files.append(try data.get())
        } catch {
            throw .publish(error)
        }
        guard outcome.issues.isEmpty else { throw .validation(ValidationError(issues: outcome.issues)) }
        return Staged(folder: folder, files: files, outcome: outcome)
    }

    /// The pages, and the files made while planning that are pages, rendered, checked and written on every core.
    private static func streamPages(_ plan: RenderPlan, into folder: StagingFolder, progress: Progress) throws(PipelineError) -> PageStreamOutcome {
        let made = plan.files.filter(\.isPage)
        let pages = plan.pages
        return try PageStream<PipelineError>(
            make: { index throws(PipelineError) in
                guard index < pages.count else { return (made[index - pages.count].path, made[index - pages.count].bytes) }
                do throws(RenderError) {
                    return (pages[index].path, try pages[index].render())
                } catch {
                    throw .render(error)
                }
            },
            keep: { path, bytes throws(PipelineError) in
                do throws(PublishError) {
                    return try folder.write(bytes, to: path)
                } catch {
                    throw .publish(error)
                }
            }
        ).run(count: pages.count + made.count, progress: progress)
    }
}
