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

    /// The default rules with each of the user's rule files applied in order, as `--rules` gives them.
    public static func effective(userFiles: [String]) throws(RuleError) -> RuleSet {
        var layers = [try bundled()]
        for file in userFiles { layers.append(try load(URL(fileURLWithPath: file), name: file)) }
        return RuleSet(layers: layers)
    }

    /// The rule file that ships with the tool.
    public static func bundled() throws(RuleError) -> [Rule] {
        guard let url = Bundle.module.url(forResource: "Rules/default", withExtension: "yml") else {
            throw .unreadable(file: "default.yml", reason: "the rule file is missing from the installation")
        }
        return try load(url, name: "default.yml")
    }

    /// `name` is how messages refer to the file; by default its path.
    public static func load(_ url: URL, name: String? = nil) throws(RuleError) -> [Rule] {
        let name = name ?? url.path
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw .unreadable(file: name, reason: failureReason(error))
        }
        return try RuleFile.parse(text, file: name)
    }
}
