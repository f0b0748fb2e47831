import Foundation
import SyncReportTemplates

/// What `syncreport generate` is asked to do, as plain values.
public struct GenerateRequest: Sendable {
    public var inputs: [String]
    public var output: URL
    /// User rule files, applied over the default rules in this order.
    public var ruleFiles: [String]
    public var timeZone: TimeZone
    /// The day/month order of locale-formatted dates; `nil` decides it from the data.
    public var dateOrder: DateOrder?
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

    public init(
        inputs: [String], output: URL, ruleFiles: [String] = [], timeZone: TimeZone = TimeZone(identifier: "UTC")!,
        dateOrder: DateOrder? = nil, templates: URL? = nil, generatedAt: Date? = nil,
        businessCentral: BusinessCentralLinks? = nil, mail: MailOptions = MailOptions(), previous: PreviousSource = .replacedFolder,
        pageSize: Int = RenderOptions.defaultPageSize, archive: Archiver? = nil, mailer: Mailer? = nil
    ) {
        self.inputs = inputs
        self.output = output
        self.ruleFiles = ruleFiles
        self.timeZone = timeZone
        self.dateOrder = dateOrder
        self.templates = templates
        self.generatedAt = generatedAt
        self.businessCentral = businessCentral
        self.mail = mail
        self.previous = previous
        self.pageSize = pageSize
        self.archive = archive
        self.mailer = mailer
    }

    /// The options that shape the report, as bag-info.txt records them: paths of outputs are left out, so the
    /// same night archived from two folders gives the same bag.
    var optionWords: [String] {
        var words = ["--time-zone \(timeZone.identifier)", "--page-size \(pageSize)"]
        if let dateOrder { words.append("--date-order \(dateOrder.rawValue)") }
        words += ruleFiles.map { "--rules \($0)" }
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

/// Reads the inputs and rules, runs the pipeline and publishes: the whole of `syncreport generate`.
public enum Generation {
    public static func run(_ request: GenerateRequest) throws(PipelineError) -> Report {
        let output = try checkedOutput(request)
        var inputs: [InputFile] = []
        do {
            for path in request.inputs { inputs.append(try InputFile.load(path: path)) }
        } catch {
            throw .input(error)
        }
        return try run(request, inputs: inputs, output: output)
    }

    /// Builds from inputs already read; their names are what the report shows (the demo names its sample files).
    public static func run(_ request: GenerateRequest, inputs: [InputFile]) throws(PipelineError) -> Report {
        try run(request, inputs: inputs, output: checkedOutput(request))
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

    private static func run(_ request: GenerateRequest, inputs: [InputFile], output: OutputFolder) throws(PipelineError) -> Report {
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
        let pipeline = Pipeline(importer: Importer(options: ImportOptions(timeZone: request.timeZone, dateOrder: request.dateOrder)),
                                classifier: Classifier(rules: rules), renderer: renderer)
        let report = try pipeline.run(inputs, previous: previous)
        // SOURCE_DATE_EPOCH when given, so the same night archives to the same bytes; else now, read once.
        let baggedAt = request.generatedAt ?? Date()
        // The bag is made and its limits checked before publishing: an exceeded limit publishes nothing.
        let bag = try request.archive.map { archiver throws(PipelineError) in
            let bag = Bag(
                report: report.site.files + [Manifest.file(for: report.site.files)], inputs: inputs,
                info: Bag.Info(
                    baggingDate: String(CivilTime.format(baggedAt, in: .gmt, iso: true).prefix(10)),
                    night: report.analysis.date, options: request.optionWords))
            do throws(ArchiveError) {
                try archiver.check(bag)
            } catch {
                throw .archive(error)
            }
            return (archiver, bag)
        }
        do {
            try publication.publish(report.site)
        } catch {
            throw .publish(error)
        }
        if let (archiver, bag) = bag {
            do throws(ArchiveError) {
                _ = try archiver.run(bag, modified: baggedAt)
            } catch {
                throw .archive(error)
            }
        }
        if let mailer = request.mailer, let email = report.site.files.first(where: { $0.path == PageNames.email }) {
            do throws(MailError) {
                try mailer.send(email.bytes)
            } catch {
                throw .mail(error)
            }
        }
        return report
    }
}
