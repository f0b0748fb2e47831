import Foundation

/// The RELAX NG schema of the XHTML subset the pages are written in; it ships with the tool.
enum ReportSchema {
    static let name = "report.rng"

    /// Empty when the installation lacks the file, which compiling then reports.
    static let text: [UInt8] = {
        guard let url = Bundle.module.url(forResource: "Schema/report", withExtension: "rng"),
              let data = try? Data(contentsOf: url) else { return [] }
        return [UInt8](data)
    }()
}
