/// Who the summary email is from and to, what it calls the tenant, and where the full report is published.
public struct MailOptions: Sendable, Equatable {
    /// The published report's base address; `nil` leaves links relative, and the email says where the report lies.
    public var reportURL: String?
    /// Where the report lies when there is no address: the output folder.
    public var reportFolder: String
    public var from: String
    public var to: [String]
    /// How the subject names the tenant, e.g. the company.
    public var tenant: String

    public init(reportURL: String? = nil, reportFolder: String = "Output", from: String = "syncreport@localhost", to: [String] = [], tenant: String = "Business Central") {
        self.reportURL = reportURL
        self.reportFolder = reportFolder
        self.from = from
        self.to = to
        self.tenant = tenant
    }
}
