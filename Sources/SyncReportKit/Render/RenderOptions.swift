import Foundation

/// How to present the report.
public struct RenderOptions: Sendable, Equatable {
    /// The zone in which pages show times (data.json stores UTC).
    public var timeZone: TimeZone
    /// The report's generation time; `nil` keeps output free of wall-clock time, so runs are byte-identical.
    public var generatedAt: Date?
    /// Where the templates live: a folder holding `report/`.
    public var templates: URL
    /// Where actions are carried out; `nil` names the pages instead of linking to them.
    public var businessCentral: BusinessCentralLinks?
    /// Rows on each page of a paginated list.
    public var pageSize: Int
    /// The summary email's addresses and links.
    public var mail: MailOptions

    public static let defaultPageSize = 200

    public init(
        timeZone: TimeZone = TimeZone(identifier: "UTC")!, generatedAt: Date? = nil, templates: URL,
        businessCentral: BusinessCentralLinks? = nil, pageSize: Int = defaultPageSize, mail: MailOptions = MailOptions()
    ) {
        self.mail = mail
        precondition(pageSize > 0, "a page holds at least one row")
        self.pageSize = pageSize
        self.timeZone = timeZone
        self.generatedAt = generatedAt
        self.templates = templates
        self.businessCentral = businessCentral
    }
}
