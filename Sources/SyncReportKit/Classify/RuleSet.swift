import Foundation

/// The effective rules: the shipped defaults, then each user file adding rules or replacing them by id.
public struct RuleSet: Sendable {
    /// In the order they are tried: priority descending, then definition order.
    public let rules: [Rule]

    public init(_ rules: [Rule]) {
        self.rules = rules.enumerated()
            .sorted { ($0.element.priority, $1.offset) > ($1.element.priority, $0.offset) }
            .map(\.element)
    }

    /// Rules of later files replace earlier ones with the same id and keep their own position.
    public init(layers: [[Rule]]) {
        var merged: [Rule] = []
        var index: [String: Int] = [:]
        for layer in layers {
            for rule in layer {
                if let existing = index[rule.id] {
                    merged[existing] = rule
                } else {
                    index[rule.id] = merged.count
                    merged.append(rule)
                }
            }
        }
        self.init(merged)
    }

    /// The default rules with each of the user's rule files applied in order, as `--rules` gives them. A user
    /// rule's `like` may name any rule of the layers before it.
    public static func effective(userFiles: [String]) throws(RuleError) -> RuleSet {
        var layers = [try bundled()]
        for file in userFiles {
            let base = Dictionary(layers.joined().map { ($0.id, $0) }, uniquingKeysWith: { $1 })
            layers.append(try load(URL(fileURLWithPath: file), name: file, base: base))
        }
        return RuleSet(layers: layers)
    }

    /// The rules that ship with the tool: the English ones, then each language's pack, whose rules repeat the
    /// English rules' causes and actions.
    public static func bundled() throws(RuleError) -> [Rule] {
        guard let url = Bundle.module.url(forResource: "Rules/default", withExtension: "yml") else {
            throw .unreadable(file: "default.yml", reason: "the rule file is missing from the installation")
        }
        let english = try load(url, name: "default.yml")
        let base = Dictionary(english.map { ($0.id, $0) }, uniquingKeysWith: { $1 })
        var rules = english
        for pack in packs() { rules += try load(pack, name: "packs/\(pack.lastPathComponent)", base: base) }
        return rules
    }

    /// The language packs, in name order so that rules keep one order on every machine.
    private static func packs() -> [URL] {
        guard let folder = Bundle.module.url(forResource: "Rules/packs", withExtension: nil),
              let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path)
        else { return [] }
        return names.filter { $0.hasSuffix(".yml") }.sorted().map { folder.appendingPathComponent($0) }
    }

    /// `name` is how messages refer to the file; by default its path.
    public static func load(_ url: URL, name: String? = nil, base: [String: Rule] = [:]) throws(RuleError) -> [Rule] {
        let name = name ?? url.path
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw .unreadable(file: name, reason: failureReason(error))
        }
        return try RuleFile.parse(text, file: name, base: base)
    }
}
