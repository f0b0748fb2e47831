/// Groups the messages no rule knows by their template, so each Business Central label shows once.
public enum UnknownMessages {
    static let exampleLimit = 3

    /// Groups messages by their masked template; sorted by count descending, then template.
    public static func group(_ messages: [String]) -> [UnknownMessageGroup] {
        var templates: [String: String] = [:]
        var tallies: [String: Tally] = [:]
        for message in messages {
            let template: String
            var tally: Tally
            if let known = templates[message] {
                template = known
                tally = tallies[template]!
            } else {
                template = MessageMask.template(of: message)
                templates[message] = template
                tally = tallies[template] ?? Tally()
                if tally.examples.count < exampleLimit { tally.examples.append(message) }
                tally.separatesLines = tally.separatesLines || RuleStub.hasLineSeparator(message)
            }
            tally.count += 1
            tallies[template] = tally
        }
        let sorted = tallies.sorted { $0.value.count != $1.value.count ? $0.value.count > $1.value.count : $0.key < $1.key }
        var usedIDs: [String: Int] = [:]
        return sorted.map { template, tally in
            let base = "local." + RuleStub.slug(of: template)
            let uses = usedIDs[base, default: 0] + 1
            usedIDs[base] = uses
            let id = uses == 1 ? base : "\(base)-\(uses)"
            return UnknownMessageGroup(
                template: template, count: tally.count, examples: tally.examples,
                ruleStub: RuleStub.yaml(template: template, id: id, dotMatchesLineSeparators: tally.separatesLines))
        }
    }

    private struct Tally {
        var count = 0
        var examples: [String] = []
        var separatesLines = false
    }
}
