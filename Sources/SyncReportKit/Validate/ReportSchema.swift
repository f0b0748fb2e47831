import Foundation

/// The RELAX NG schemas the pages are written against; they ship with the tool.
enum ReportSchema {
    /// Every report page.
    case page
    /// `summary.html`, the email's HTML part.
    case email

    static func of(_ path: String) -> ReportSchema {
        path == PageNames.summary ? .email : .page
    }

    var name: String {
        switch self {
        case .page: "report.rng"
        case .email: "summary.rng"
        }
    }

    /// Compiled from its file, so summary.rng can include report.rng beside it.
    func compiled() throws(XMLReadFailure) -> RelaxNGSchema {
        guard let url = Bundle.module.url(forResource: "Schema/\(name.dropLast(4))", withExtension: "rng") else {
            throw XMLReadFailure(line: 0, column: 0, message: "\(name) is missing from the installation")
        }
        return try RelaxNGSchema(url, name: name)
    }
}
