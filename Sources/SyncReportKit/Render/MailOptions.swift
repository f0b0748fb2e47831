/// Who the summary email is from and to, what it calls the tenant, and where the full report is published.
public struct MailOptions: Sendable, Equatable {
    /// The published report's base address; `nil` leaves links relative, and the email says so. A local path
    /// never goes into the email: it means nothing on the reader's machine and tells others the server's layout.
    public var reportURL: String?
    public var from: String
    public var to: [String]
    /// How the subject names the tenant, e.g. the company.
    public var tenant: String

    public init(reportURL: String? = nil, from: String = "syncreport@localhost", to: [String] = [], tenant: String = "Business Central") {
        self.reportURL = reportURL
        self.from = from
        self.to = to
        self.tenant = tenant
    }
}
