import Foundation

/// File names for pages derived from record ids, job ids and mapping names: safe on every file system, and
/// unique even for ids that differ only in case or in characters a file system rejects.
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
    static func errors(mapping: String) -> String { "errors/mapping-\(slug(mapping))" }
    /// The paginated list of one cause's errors in one mapping, without `.html`: page 1 adds `.html`, page n
    /// `-n.html`. A slug never holds two dashes in a row, so `--` parts it from the cause.
    static func errors(cause: Cause, mapping: String) -> String { "errors/cause-\(cause.rawValue)--\(slug(mapping))" }
    /// The pages of the action ranked `rank` (1 the first "What to do" lists), without `.html`; and its CSV.
    static func action(_ rank: Int) -> String { "actions/\(rank)" }
    static func actionCSV(_ rank: Int) -> String { "actions/\(rank).csv" }
    /// Every action, paginated, and every record of every action as CSV.
    static let actionList = "actions/all"
    static let actionListCSV = "actions/all.csv"
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

    /// A mapping name's part of a file name. Business Central's mapping names are upper-case codes of up to 20
    /// characters (`ITEM-PRODUCT`), so `A` to `Z` become `a` to `z`, digits and `-` stay, and every other byte,
    /// lower-case letters included, is `_` and two hex digits: different names always give different parts,
    /// also on file systems that ignore case. A part longer than 64 characters keeps its first 32 and 128 bits of
    /// the name's SHA-256 after a `~`, which no escaped name holds; the name no export gives is `_`, which no
    /// escaped name is either.
    static func slug(_ key: String) -> String {
        let key = canonical(key)
        guard !key.isEmpty else { return "_" }
        var part: [UInt8] = []
        part.reserveCapacity(key.utf8.count)
        for byte in key.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): part.append(byte + 32)
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"): part.append(byte)
            default:
                part.append(UInt8(ascii: "_"))
                part.append(hexDigit(byte >> 4) | 0x20)
                part.append(hexDigit(byte & 0xF) | 0x20)
            }
        }
        guard part.count > 64 else { return String(decoding: part, as: UTF8.self) }
        // Cut before an escape that would be split, so the kept start reads as the name does.
        var kept = 32
        if let escape = part[30..<32].lastIndex(of: UInt8(ascii: "_")) { kept = escape }
        return String(decoding: part[..<kept], as: UTF8.self) + "~" + sha256Hex(Array(key.utf8)).prefix(32)
    }

    /// Swift compares strings by canonical equivalence: `CAFÉ` precomposed or with a combining accent, `K` or
    /// the Kelvin sign, are one record to the analysis, so they must be one page name too. Names are made from
    /// the NFC form, which needs Foundation only for ids that are not ASCII.
    private static func canonical(_ key: String) -> String {
        key.utf8.allSatisfy { $0 < 0x80 } ? key : key.precomposedStringWithCanonicalMapping
    }

    /// 48 bits of the FNV-1a hash of an id in its canonical form: only the group page of a record or job, whose
    /// section is named by the whole id.
    private static func hash(_ key: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        return hash & 0xFFFF_FFFF_FFFF
    }
}
