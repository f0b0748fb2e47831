import Foundation

/// File names for pages derived from record ids and job ids: safe on every file system, and unique even
/// for ids that differ only in case or in characters a file system rejects (a hash of the exact id is appended).
public enum PageNames {
    public static let index = "index.html"
    public static let errors = "errors.html"
    /// Paginated, like `records`: page 1 is `rejected.html`.
    static let rejected = "rejected"
    /// Paginated: every job run.
    static let jobs = "jobs"
    /// Paginated: the records with errors, and tonight's comparison with the previous report.
    static let records = "records"
    static func changes(_ list: String) -> String { "changes/\(list)" }
    public static let stylesheet = "style.css"
    public static let data = "data.json"
    public static let summary = "summary.html"
    public static let email = "summary.eml"

    /// Records and jobs are grouped onto pages by the start of their hash, so a night of a hundred thousand
    /// records writes at most 1,024 record pages (each page made costs more than its size: a file, a frame,
    /// a validation), and a record's address depends on its own id alone: it stays the same from night to
    /// night however many other records fail. Within its page, a record's section is named by its whole id
    /// (`anchor`), so two records never meet, however their ids were chosen: ids can be made to share a hash.
    public static func record(_ key: String) -> String {
        let key = canonical(key)
        return "records/\(group(hash(key))).html#\(anchor("r-", key))"
    }
    public static func recordPage(_ key: String) -> String { "records/\(group(hash(canonical(key)))).html" }
    /// The id of the record's section on its page.
    static func recordAnchor(_ key: String) -> String { anchor("r-", canonical(key)) }

    /// The pages of a cause and of a mapping, without `.html`, as `Pagination.firstPage` takes them.
    static func errors(cause: Cause) -> String { "errors/cause-\(cause.rawValue)" }
    /// The mapping the exports do not name is the empty name, whose page is the bare hash: no name collides with it.
    static func errors(mapping: String) -> String { "errors/mapping-\(slug(mapping))" }
    /// The paginated list of one cause's errors in one mapping, without `.html`: page 1 adds `.html`, page n
    /// `-n.html`. A slug never holds two dashes in a row, so `--` parts it from the cause.
    static func errors(cause: Cause, mapping: String) -> String { "errors/cause-\(cause.rawValue)--\(slug(mapping))" }
    public static func job(_ job: Job) -> String {
        let key = canonical(job.pageKey)
        return "jobs/\(group(hash(key))).html#\(anchor("j-", key))"
    }
    public static func jobPage(_ job: Job) -> String { "jobs/\(group(hash(canonical(job.pageKey)))).html" }
    static func jobAnchor(_ job: Job) -> String { anchor("j-", canonical(job.pageKey)) }

    /// Ten bits of the id's hash, as three hex digits (`000` to `3ff`): the page of its group.
    private static func group(_ digest: UInt64) -> String {
        let hex = String(digest >> 38, radix: 16)
        return String(repeating: "0", count: 3 - hex.count) + hex
    }

    /// `prefix`, then the id's ASCII letters, digits, `-` and `.` as they are and every other byte as `_` and two
    /// hex digits: a different id always gives a different anchor, and an anchor is a valid XML id.
    private static func anchor(_ prefix: String, _ key: String) -> String {
        var bytes = Array(prefix.utf8)
        bytes.reserveCapacity(prefix.utf8.count + key.utf8.count + 16)
        for byte in key.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."):
                bytes.append(byte)
            default:
                bytes.append(UInt8(ascii: "_"))
                bytes.append(hexDigit(byte >> 4))
                bytes.append(hexDigit(byte & 0xF))
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func hexDigit(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "A") - 10 + nibble
    }

    /// Lowercase ASCII letters, digits and dashes from a name, a dash, then 12 hex digits of its FNV-1a hash: a
    /// file name that is the same on file systems that ignore case. Two names could be made to share it; the
    /// renderer then stops with `pathClash` rather than write one page over the other.
    static func slug(_ key: String) -> String {
        let key = canonical(key)
        let digest = hash(key)
        // A non-ASCII character is bytes of 0x80 and above, which become one dash like any other separator.
        var readable: [UInt8] = []
        readable.reserveCapacity(80)
        var lastWasDash = true
        for byte in key.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                readable.append(byte)
                lastWasDash = false
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                readable.append(byte + 32)
                lastWasDash = false
            default:
                if !lastWasDash {
                    readable.append(UInt8(ascii: "-"))
                    lastWasDash = true
                }
            }
            if readable.count >= 60 { break }
        }
        if !readable.isEmpty, !lastWasDash { readable.append(UInt8(ascii: "-")) }
        for shift in stride(from: 44, through: 0, by: -4) {
            // `| 0x20` lowercases A to F and leaves digits as they are.
            readable.append(hexDigit(UInt8(truncatingIfNeeded: digest >> UInt64(shift)) & 0xF) | 0x20)
        }
        return String(decoding: readable, as: UTF8.self)
    }

    /// Swift compares strings by canonical equivalence: `CAFÉ` precomposed or with a combining accent, `K` or
    /// the Kelvin sign, are one record to the analysis, so they must be one page name too. Names are made from
    /// the NFC form, which needs Foundation only for ids that are not ASCII.
    private static func canonical(_ key: String) -> String {
        key.utf8.allSatisfy { $0 < 0x80 } ? key : key.precomposedStringWithCanonicalMapping
    }

    /// 48 bits of the FNV-1a hash of an id in its canonical form.
    private static func hash(_ key: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        return hash & 0xFFFF_FFFF_FFFF
    }
}
