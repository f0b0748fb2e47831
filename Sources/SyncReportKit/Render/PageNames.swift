/// File names for pages derived from record ids and job ids: safe on every file system, and unique even
/// for ids that differ only in case or in characters a file system rejects (a hash of the exact id is appended).
public enum PageNames {
    public static let index = "index.html"
    public static let errors = "errors.html"
    public static let rejected = "rejected.html"
    /// Paginated: the records with errors, and tonight's comparison with the previous report.
    static let records = "records"
    static func changes(_ list: String) -> String { "changes/\(list)" }
    public static let stylesheet = "style.css"
    public static let data = "data.json"
    public static let summary = "summary.html"
    public static let email = "summary.eml"

    public static func record(_ key: String) -> String { "records/\(slug(key)).html" }

    /// Paths of paginated lists, without `.html`: page 1 adds `.html`, page n `-n.html`.
    static func errors(cause: Cause) -> String { "errors/cause-\(cause.rawValue)" }
    /// The mapping the exports do not name is the empty name, whose page is the bare hash: no name collides with it.
    static func errors(mapping: String) -> String { "errors/mapping-\(slug(mapping))" }
    public static func job(_ job: Job) -> String {
        job.id.map { "jobs/\($0.value).html" } ?? "jobs/\(slug(job.pageKey)).html"
    }

    /// Lowercase ASCII letters, digits and dashes from the id, a dash, then 12 hex digits of its FNV-1a hash.
    static func slug(_ key: String) -> String {
        var readable = ""
        var lastWasDash = true
        for scalar in key.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                readable.unicodeScalars.append(contentsOf: String(scalar).lowercased().unicodeScalars)
                lastWasDash = false
            } else if !lastWasDash {
                readable.append("-")
                lastWasDash = true
            }
            if readable.utf8.count >= 60 { break }
        }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash & 0xFFFF_FFFF_FFFF, radix: 16)
        if !readable.isEmpty, !lastWasDash { readable.append("-") }
        return readable + String(repeating: "0", count: 12 - hex.count) + hex
    }
}
