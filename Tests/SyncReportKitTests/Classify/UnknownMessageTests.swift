import Foundation
import Testing
@testable import SyncReportKit

/// Messages no rule knows: masking by the shape of values, grouping by template, rule stubs, and how well the
/// grouping recovers the Business Central labels of the corpus.
@Suite struct UnknownMessageTests {
    @Test(arguments: [
        ("Cannot determine the source origin: 2b6f4c1e-9d07-ee11-8f6e-000d3a2c1f90.", "Cannot determine the source origin: <guid>."),
        ("Cannot determine the source origin: {2B6F4C1E-9D07-EE11-8F6E-000D3A2C1F90}.", "Cannot determine the source origin: <guid>."),
        ("Both Customer: C00110 and the Dataverse Dataverse Account record have been changed.", "Both <record> and the <table> record have been changed."),
        ("Both Sales Header: Order,101005 and the Dataverse CRM Salesorder record have been changed.", "Both <record> and the <table> record have been changed."),
        ("The integration record for entity Dataverse Account: {3F2504E0-4F89-11D3-9A0C-0305E82C3301} was not found.", "The integration record for entity <record> was not found."),
        ("Cannot couple Payment Terms: 14 DAYS to this Dataverse record.", "Cannot couple <record> to this Dataverse record."),
        ("Cannot find Dataverse Contact record 3f2504e0-4f89-11d3-9a0c-0305e82c3301.", "Cannot find <table> record <record>."),
        ("Currency EUR must be coupled to a CRM Transactioncurrency record.", "<record> must be coupled to a <table> record."),
        ("Gen. Bus. Posting Group must have a value in Gen. Journal Line: Journal Template Name=GENERAL, Line No.=10000. It cannot be zero or empty.", "<name> must have a value in <record>. It cannot be zero or empty."),
        ("Coupling Customer: 10000 failed because of the following error: The record is locked.", "Coupling <record> failed because of the following error: The record is locked."),
        ("The Sales Header does not exist. Identification fields and values: Document Type='Order',No.='101005'", "The <name> does not exist. Identification fields and values: <record>"),
        ("The Customer record cannot be updated because it is coupled to a deleted record.", "The <table> record cannot be updated because it is coupled to a deleted record."),
        ("The CRM Product record cannot be updated because it is coupled to a deleted record.", "The <table> record cannot be updated because it is coupled to a deleted record."),
        ("The field Credit Limit (LCY) of table Customer contains a value (1M(8D)).", "The field <field> of table <table> contains a value (<code>)."),
        ("The mapping between Phone No. field and the Telephone1 field is bi-directional.", "The mapping between <field> field and the <field> field is bi-directional."),
        ("Exceeded limit of 1,200,000 milliseconds over 300 seconds, 1.234,56 and -10.5 units.", "Exceeded limit of <number> milliseconds over <number> seconds, <number> and <number> units."),
        ("The job started 25/11/2026 14:05, ended 11/25/2026 2:05 PM and logged 2026-11-25T13:05:27.123Z.", "The job started <date>, ended <date> and logged <date>."),
        ("The request timed out after 00:02:00.", "The request timed out after <date>."),
        ("The unit group 'NAV PCS' has names „Stück“, ‹Box›, «Kiste» and \"PCS\".", "The unit group <quoted> has names <quoted>, <quoted>, <quoted> and <quoted>."),
        ("The name 'O'Brien's' is too long.", "The name <quoted> is too long."),
        ("Failed to acquire an access token for https://contoso.crm4.dynamics.com.", "Failed to acquire an access token for <url>."),
        ("The invitation to jane.doe@contoso.com was not sent.", "The invitation to <email> was not sent."),
        ("Unit group ITEM 1920-S is assigned to multiple products.", "Unit group <code> is assigned to multiple products."),
        ("The contact CT000042 must have a contact company.", "The contact <code> must have a contact company."),
        ("Principal user (Id=6f4e2a10-3b7c-ee11-8179-000d3a2c5b77, type=8) is missing prvCreateAccount privilege.", "Principal user (Id=<guid>, type=<number>) is missing <code> privilege."),
        ("There is no customer coupled to Dynamics 365 Sales account Fabrikam Inc..", "There is no customer coupled to Dynamics 365 Sales account <name>."),
        ("The selected type of the Litware Inc. Dynamics 365 Sales account is not customer.", "The selected type of the <name> account is not customer."),
        ("Cannot find the team for the business unit CRONUS International Ltd. (b2f4c1a0) selected on page Dataverse Connection Setup.", "Cannot find the team for the business unit <name> (<code>) selected on page <table>."),
        ("Principal with ID 6f4e2a10-3b7c-ee11-8179-000d3a2c5b77 has no access to record of entity account", "Principal with ID <guid> has no access to record of entity <table>"),
        ("The operation timed out. Try again.\\\\The request\r\nchannel\ttimed out.", "The operation timed out. Try again. The request channel timed out."),
    ])
    func masksValuesByTheirShape(message: String, template: String) {
        #expect(MessageMask.template(of: message) == template)
    }

    @Test(arguments: [
        "Account does not exist.",
        "Transaction Aborted.",
        "The record is already coupled.",
        "Sales header is not coupled.",
        "Unit of measure is not coupled.",
        "A record was not created or updated because a duplicate of the current record already exists.",
        "Operation failed due to a SQL integrity violation.",
        "The specified product ID conflicts with the product ID of an existing record. Specify a different product ID and try again.",
        "If you continue, data in Dataverse will be overwritten with data from Business Central. Are you sure you want to synchronize?",
        "Although the coupling from Dynamics 365 Sales exists, the sales order had been manually deleted. If needed, please use the menu to create it again in Business Central.",
        "The connection setup cannot be validated. Verify the settings and try again. Detailed error description: Unable to connect to the remote server.",
        "No one changed bidirectional field was detected, therefore you can continue with the chosen synchronization direction and fields mapping.",
        "You must specify which fields on the table mapping should be used for match-based coupling. The contact doesn't exist.",
    ])
    func leavesOrdinaryWordsAlone(message: String) {
        #expect(MessageMask.template(of: message) == message)
    }

    @Test(arguments: [
        ("  a\\b\r\n\tc  ", "a b c"), ("\\", ""), ("", ""), ("x\u{2028}y  „z“ \r\n", "x\u{2028}y „z“"),
    ])
    func normalisesBackslashesLineBreaksAndSpaces(message: String, expected: String) {
        #expect(MessageText.normalize(message) == expected)
    }

    @Test func aRuleStubIsARuleFileListItem() {
        let groups = UnknownMessages.group(["Unit of measure BOX is not coupled.", "The name 'X' isn't valid."])
        #expect(groups.map(\.ruleStub) == [
            """
            - id: local.the-name-isn-t-valid
              cause: unclassified          # replace with the cause
              match: '^The name (?<quoted1>.+?) isn''t valid\\.$'
              action: 'Describe what to do for {record}.'

            """,
            """
            - id: local.unit-of-measure-is-not
              cause: unclassified          # replace with the cause
              match: '^Unit of measure (?<code1>.+?) is not coupled\\.$'
              action: 'Describe what to do for {record}.'

            """,
        ])
    }

    @Test func groupsAreCountedWithTheirFirstThreeDistinctExamples() {
        let messages = [
            "Unit of measure BOX is not coupled.", "Transaction Aborted.", "Unit of measure PCS is not coupled.",
            "Unit of measure BOX is not coupled.", "Unit of measure HOUR is not coupled.", "Unit of measure KG is not coupled.",
        ]
        let groups = UnknownMessages.group(messages)
        #expect(groups.map(\.template) == ["Unit of measure <code> is not coupled.", "Transaction Aborted."])
        #expect(groups.map(\.count) == [5, 1])
        #expect(groups[0].examples == ["Unit of measure BOX is not coupled.", "Unit of measure PCS is not coupled.", "Unit of measure HOUR is not coupled."])
    }

    @Test func groupingIsSortedAndDoesNotDependOnInputOrder() {
        let messages = CorpusInstances.all.map(\.message)
        let groups = UnknownMessages.group(messages)
        let shuffled = UnknownMessages.group(Array(messages.reversed()))
        #expect(groups.map(\.template) == shuffled.map(\.template))
        #expect(groups.map(\.count) == shuffled.map(\.count))
        #expect(groups.map(\.ruleStub) == shuffled.map(\.ruleStub))
        #expect(groups == UnknownMessages.group(messages))
        for (first, second) in zip(groups, groups.dropFirst()) {
            #expect(first.count > second.count || (first.count == second.count && first.template < second.template))
        }
        #expect(groups.reduce(0) { $0 + $1.count } == messages.count)
    }

    @Test func ruleStubsLoadAsRulesAndMatchEveryExampleOfTheirGroup() throws {
        let odd = ["It's 'Fabrikam's' [x] {y} (z) $1 ^a | b * c + d? e\\f.", "Control\u{1} and\u{2028}separator in Customer: C00110", "Zero\u{200B}width"]
        let groups = UnknownMessages.group(CorpusInstances.all.map(\.message) + odd)
        let file = "rules:\n" + groups.map { $0.ruleStub.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n") + "\n" }.joined()
        let rules = try RuleFile.parse(file, file: "stubs.yml")
        try #require(rules.count == groups.count)
        for (rule, group) in zip(rules, groups) {
            #expect(rule.id.hasPrefix("local."))
            #expect(rule.cause == .unclassified)
            #expect(rule.action.placeholders == ["record"])
            let regex = try NSRegularExpression(pattern: try #require(rule.patterns.first).source, options: [.caseInsensitive])
            for example in group.examples {
                let text = MessageText.normalize(example)
                #expect(regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil, "\(rule.id) does not match \(text)")
            }
        }
    }

    @Test func theRuleStubOfAnyMessageMatchesIt() throws {
        let pieces = [
            "The", "record", "Customer:", "C00110", "Sales", "Header:", "Order,101005", "{3F2504E0-4F89-11D3-9A0C-0305E82C3301}",
            "'", "'x y'", "„Zoë“", "\"", "(", ")", "1M(8D)", "No.='1'", ".", "..", ",", ":", "=", "Inc.", "#", "&", "of",
            "https://x.y/z?a=1.", "a@b.cd", "25/11/2026", "2:05", "PM", "1,200.5", "-3", "ITEM", "EUR", "prvRead", "Dataverse",
            "Dynamics", "365", "table", "field", "entity", "account", "\\", "\n", "\t", "ü", "É", "$", "^", "|", "*", "+", "?",
            "[", "]", "{", "}", "\u{2028}", "\u{1}", "\u{FEFF}", "<guid>", "<", ">",
        ]
        var random = SplitMix64(seed: 7)
        for _ in 0..<2000 {
            let message = (0..<(1 + random.below(14))).map { _ in random.pick(pieces) }.joined(separator: random.chance(80) ? " " : "")
            let pattern = (RuleStub.hasLineSeparator(message) ? "(?s)" : "") + RuleStub.pattern(for: MessageMask.template(of: message))
            let regex = try NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
            let text = MessageText.normalize(message)
            #expect(regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil, "\(pattern) does not match \(text.debugDescription)")
        }
    }

    @Test func groupingRecoversTheCorpusTemplates() {
        let instances = CorpusInstances.all
        let score = GroupingScore(instances.map { ($0.template, MessageMask.template(of: $0.message)) })
        #expect(!instances.contains { $0.message.contains(/%\d/) }, "a placeholder the example did not fill")
        #expect(score.precision >= 0.95 && score.recall >= 0.95,
                "pairwise precision \(score.precision), recall \(score.recall); worst: \(score.worst(5).joined(separator: "; "))")
    }
}

/// Pairwise agreement between the true templates and the groups: precision counts same-group pairs that share a
/// template, recall counts same-template pairs that share a group.
private struct GroupingScore {
    let items: [(truth: String, group: String)]
    let precision: Double
    let recall: Double

    init(_ items: [(truth: String, group: String)]) {
        self.items = items
        func pairs(_ counts: [some Hashable: Int]) -> Int { counts.values.reduce(0) { $0 + $1 * ($1 - 1) / 2 } }
        let both = pairs(Dictionary(items.map { ("\($0.truth)\u{0}\($0.group)", 1) }, uniquingKeysWith: +))
        let sameGroup = pairs(Dictionary(items.map { ($0.group, 1) }, uniquingKeysWith: +))
        let sameTruth = pairs(Dictionary(items.map { ($0.truth, 1) }, uniquingKeysWith: +))
        precision = sameGroup == 0 ? 1 : Double(both) / Double(sameGroup)
        recall = sameTruth == 0 ? 1 : Double(both) / Double(sameTruth)
    }

    /// The templates split over most groups or merged with most other templates, with the groups they landed in.
    func worst(_ limit: Int) -> [String] {
        let groupsByTruth = Dictionary(grouping: items, by: \.truth).mapValues { Set($0.map(\.group)) }
        let truthsByGroup = Dictionary(grouping: items, by: \.group).mapValues { Set($0.map(\.truth)) }
        let faults = groupsByTruth.map { truth, groups in
            let merged = groups.reduce(0) { $0 + (truthsByGroup[$1]?.count ?? 1) - 1 }
            return (truth: truth, groups: groups, faults: groups.count - 1 + merged)
        }
        return faults.filter { $0.faults > 0 }
            .sorted { ($0.faults, $1.truth) > ($1.faults, $0.truth) }
            .prefix(limit)
            .map { "\($0.truth) -> \($0.groups.sorted())" }
    }
}

/// The evaluation set: every corpus row's example plus further instantiations of its template, with values drawn
/// by a seeded generator from realistic pools chosen per placeholder from what the example shows there.
private struct CorpusInstances {
    let template: String
    let message: String

    static let extraPerRow = 4

    static let all: [CorpusInstances] = {
        var random = SplitMix64(seed: 0x5EED_0F_0D_D)
        var seen: Set<[String]> = []
        return CorpusMessage.all.flatMap { row in
            let filler = TemplateFiller(row: row)
            let messages = [row.example] + (0..<extraPerRow).map { _ in filler.fill(&random) }
            // Rows sharing a template, and templates without placeholders, repeat messages; a pair of equal
            // messages says nothing about grouping.
            return messages.filter { seen.insert([row.template, $0]).inserted }.map { CorpusInstances(template: row.template, message: $0) }
        }
    }()
}

/// Fills a corpus template's `%n` placeholders.
private struct TemplateFiller {
    private enum Part {
        case text(String)
        case slot(Int)
    }

    private let parts: [Part]
    private let values: [Int: ValuePool]

    init(row: CorpusMessage) {
        parts = Self.parts(of: row.template)
        let examples = Self.values(in: row.example, parts: parts)
        var values: [Int: ValuePool] = [:]
        for (index, part) in parts.enumerated() {
            guard case .slot(let number) = part, let example = examples[number], values[number] == nil else { continue }
            let before = index > 0 ? Self.text(parts[index - 1]) : ""
            let after = index + 1 < parts.count ? Self.text(parts[index + 1]) : ""
            values[number] = ValuePool.overrides[row.id]?[number] ?? ValuePool(example: example, before: before, after: after)
        }
        self.values = values
    }

    func fill(_ random: inout SplitMix64) -> String {
        var chosen: [Int: String] = [:]
        return parts.map { part in
            switch part {
            case .text(let text): return text
            case .slot(let number):
                if let value = chosen[number] { return value }
                let value = values[number]?.draw(&random) ?? "%\(number)"
                chosen[number] = value
                return value
            }
        }.joined()
    }

    private static func text(_ part: Part) -> String {
        if case .text(let text) = part { text } else { "" }
    }

    private static func parts(of template: String) -> [Part] {
        var parts: [Part] = []
        var literal = ""
        var rest = template[...]
        while let first = rest.first {
            let digits = first == "%" ? rest.dropFirst().prefix(while: \.isNumber) : ""
            if digits.isEmpty {
                literal.append(first)
                rest = rest.dropFirst()
            } else {
                if !literal.isEmpty { parts.append(.text(literal)) }
                literal = ""
                parts.append(.slot(Int(digits)!))
                rest = rest.dropFirst(1 + digits.count)
            }
        }
        if !literal.isEmpty { parts.append(.text(literal)) }
        return parts
    }

    /// The values the example gives each placeholder, read with the template as a pattern.
    private static func values(in example: String, parts: [Part]) -> [Int: String] {
        var pattern = "^"
        var groups: [Int: Int] = [:]
        for part in parts {
            switch part {
            case .text(let text):
                pattern += NSRegularExpression.escapedPattern(for: text)
            case .slot(let number):
                if let group = groups[number] {
                    pattern += "\\\(group)"
                } else {
                    groups[number] = groups.count + 1
                    pattern += "(.+?)"
                }
            }
        }
        guard let regex = try? NSRegularExpression(pattern: pattern + "$", options: [.dotMatchesLineSeparators]),
              let match = regex.firstMatch(in: example, range: NSRange(example.startIndex..., in: example))
        else { return [:] }
        return groups.compactMapValues { Range(match.range(at: $0), in: example).map { String(example[$0]) } }
    }
}

/// Realistic values for one placeholder.
private enum ValuePool {
    case keep(String)
    case guid
    case number(digits: Int, grouped: Bool)
    case pick([String])

    /// Placeholders whose realistic values the example's shape does not tell, and adjacent placeholders
    /// (`%1 %2`), whose values the example alone does not separate.
    static let overrides: [String: [Int: ValuePool]] = [
        "SR003": [4: .keep("Dataverse"), 2: .pick(dataverseCaptions)],
        "SR004": [4: .keep("Dataverse"), 2: .pick(dataverseCaptions)],
        "SR007": [3: .keep("Dataverse"), 2: .pick(dataverseCaptions)],
        "SR019": [1: .pick(bcCaptions), 2: .pick(codes)],
        "SR021": [1: .pick(bcCaptions), 2: .pick(spacedCodes)],
        "SR022": [1: .pick(codeFields), 2: .pick(codes)],
        "SR060": [4: .keep("Dataverse"), 1: .pick(dataverseCaptions), 2: .pick(spacedCodes)],
        "SR067": [2: .pick(names), 3: .keep("Dynamics 365 Sales")],
        // The label always names the Integration Field Mapping table and its mapping-name field.
        "SR126": [1: .keep("Integration Field Mapping"), 2: .keep("Integration Table Mapping Name"), 3: .pick(mappingNames)],
        "SR130": [1: .pick(bcCaptions), 2: .pick(codes)],
        "SR142": [1: .pick(businessUnits), 2: .keep("Dataverse Connection Setup")],
        "SR152": [2: .pick(syncActions), 3: .pick(syncActions)],
        "SR085": [1: .pick(users), 3: .pick(accessModes)],
        "SR086": [1: .pick(users)],
        "SR073": [3: .pick(truncatedValues)],
    ]

    init(example: String, before: String, after: String) {
        let words = example.split(separator: " ")
        if before.hasSuffix("'") || before.hasSuffix("\"") {
            self = .pick(Self.quoted)
        } else if Self.isGUID(example) {
            self = .guid
        } else if example.hasPrefix("http") {
            self = .pick(Self.urls)
        } else if example.contains("=") {
            self = .pick(example.contains("'") ? Self.quotedFieldLists : Self.fieldLists)
        } else if example.range(of: #"^[A-Z][^:]*: \S"#, options: .regularExpression) != nil {
            self = .pick(example.hasPrefix("Dataverse ") ? Self.dataverseRecordIDs : Self.recordIDs)
        } else if Self.products.contains(example) {
            self = .keep(example)
        } else if example.allSatisfy({ $0.isNumber || $0 == "," }) {
            self = .number(digits: example.filter(\.isNumber).count, grouped: example.contains(","))
        } else if words.count >= 3, words.filter({ $0.first?.isLowercase == true }).count >= 2 {
            // A whole inner message or a fixed sentence: a different one is a different template.
            self = .keep(example)
        } else if Self.bcCaptions.contains(example) || Self.dataverseCaptions.contains(example)
                    || after.hasPrefix(" record") || after.hasPrefix(" table") || before.hasSuffix("table ") {
            self = .pick(example.hasPrefix("Dataverse ") || example.hasPrefix("CRM ") ? Self.dataverseCaptions : Self.bcCaptions)
        } else if after.hasPrefix(" field") || before.hasSuffix("field ") || before.hasSuffix("fields ") || Self.fields.contains(example) {
            self = .pick(Self.fields)
        } else if !example.contains(where: \.isLowercase) {
            self = .pick(example.contains(" ") ? Self.spacedCodes : Self.codes)
        } else if example.allSatisfy({ $0.isLowercase || $0.isNumber }) {
            self = .pick(Self.entities)
        } else if example.first?.isLowercase == true {
            self = .pick(Self.privileges)
        } else {
            self = .pick(Self.names)
        }
    }

    func draw(_ random: inout SplitMix64) -> String {
        switch self {
        case .keep(let value):
            return value
        case .pick(let values):
            return random.pick(values)
        case .number(let digits, let grouped):
            let length = max(1, digits + random.below(3) - 1)
            var number = String(1 + random.below(9)) + (1..<length).map { _ in String(random.below(10)) }.joined()
            guard grouped else { return number }
            var groups: [String] = []
            while number.count > 3 {
                groups.insert(String(number.suffix(3)), at: 0)
                number.removeLast(3)
            }
            return ([number] + groups).joined(separator: ",")
        case .guid:
            let hex = (0..<32).map { _ in String(random.below(16), radix: 16) }.joined()
            var guid = [8, 4, 4, 4, 12].reduce(into: (parts: [String](), rest: hex[...])) { state, length in
                state.parts.append(String(state.rest.prefix(length)))
                state.rest = state.rest.dropFirst(length)
            }.parts.joined(separator: "-")
            if random.chance(30) { guid = guid.uppercased() }
            return random.chance(25) ? "{\(guid)}" : guid
        }
    }

    private static func isGUID(_ text: String) -> Bool {
        text.range(of: #"^\{?[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}\}?$"#, options: .regularExpression) != nil
    }

    static let products = ["Dataverse", "Business Central", "Dynamics 365 Sales"]
    static let bcCaptions = [
        "Customer", "Vendor", "Contact", "Item", "Resource", "Currency", "Sales Header", "Salesperson/Purchaser",
        "Unit of Measure", "Payment Terms", "Item Unit of Measure", "Sales Invoice Header", "Customer Price Group",
        "Shipment Method", "Config. Template Header", "Integration Table Mapping", "Sales Cr.Memo Header",
    ]
    static let dataverseCaptions = [
        "Dataverse Account", "Dataverse Contact", "Dataverse Systemuser", "Dataverse Transactioncurrency", "CRM Product",
        "CRM Uom", "CRM Uomschedule", "CRM Salesorder", "CRM Pricelevel", "CRM Invoice",
    ]
    static let fields = [
        "Name", "Account Name", "Phone No.", "E-Mail", "Address", "Salesperson Code", "Owner", "Payment Terms Code",
        "Currency Code", "Gen. Bus. Posting Group", "Customer Posting Group", "Primary Contact No.", "ModifiedBy",
        "Credit Limit (LCY)", "Country/Region Code", "Telephone1",
    ]
    static let codeFields = ["Currency Code", "Salesperson Code", "Payment Terms Code", "Shipment Method Code"]
    static let codes = [
        "EUR", "USD", "GBP", "DKK", "PCS", "BOX", "HOUR", "JR", "PS", "C00110", "CT000042", "1896-S", "V00020",
        "ORD-01042-K7T2", "ITEM-PRODUCT", "CUST000010", "SP-0042",
    ]
    static let spacedCodes = ["14 DAYS", "30 DAYS", "CM+19 DAYS", "NAV PCS", "NAV BOX", "ITEM 1896-S", "ITEM 70000", "1M(8D)"]
    static let mappingNames = ["CUSTOMER", "VENDOR", "CONTACT", "ITEM-PRODUCT", "SALESPEOPLE", "UNIT GROUP", "PAYMENT TERMS"]
    static let entities = ["account", "contact", "salesorder", "systemuser", "product", "transactioncurrency"]
    static let privileges = ["prvCreateAccount", "prvWriteContact", "prvReadSalesOrder", "prvAppendToAccount", "prvAssignContact"]
    static let quoted = ["USD", "EUR", "NAV PCS", "account", "telephone1", "VENDOR", "Fabrikam Inc.", "O'Brien & Sons", "", "name"]
    static let names = [
        "Fabrikam Inc.", "Adatum Corporation", "Litware Inc.", "Contoso Ltd.", "Trey Research", "Alpine Ski House",
        "Coho Winery", "Athens Desk", "Rome Guest Chair", "London Swivel Chair", "Lina Townsend", "Jim Olive",
        "Installation Kit", "Wide World Importers", "CRONUS International Ltd.", "Tailspin Toys", "Müller & Söhne GmbH",
    ]
    static let users = ["# Business Central Dataverse Integration", "Business Central Integration", "Jane Doe", "Integration User", "Alicia Thomber"]
    static let businessUnits = ["CRONUS International Ltd. (b2f4c1a0)", "Contoso Sales (4a1b9c2d)", "Fabrikam Europe (7c0d5e3a)", "Adatum (0f3e2d1c)"]
    static let syncActions = ["Skip", "Modify", "Insert", "Delete"]
    static let accessModes = ["Read-Write", "Administrative", "Non-interactive"]
    static let truncatedValues = ["+45 33 12 34 56 ext. 1", "+1 425 555 0100 ext. 2", "+44 20 7946 0958 ext. 12", "Contoso Pharmaceuticals International Holding Company"]
    static let urls = ["https://contoso.crm4.dynamics.com", "https://fabrikam.crm.dynamics.com/", "https://adatum-test.crm11.dynamics.com", "https://org1a2b3c.api.crm.dynamics.com"]
    static let recordIDs = [
        "Customer: 10000", "Customer: C00110", "Contact: CT000137", "Vendor: V00020", "Item: 1896-S", "Sales Header: Order,101005",
        "Payment Terms: 14 DAYS", "Currency: EUR", "Salesperson/Purchaser: JR", "Item Unit of Measure: 1920-S,PCS", "Payment Terms: 1M(8D)",
    ]
    static let dataverseRecordIDs = [
        "Dataverse Account: {3f2504e0-4f89-11d3-9a0c-0305e82c3301}", "Dataverse Contact: {9a1c7e55-0b2d-ee11-bdf4-000d3a8f6c21}",
        "CRM Product: {1C9B5E70-8A2D-EE11-9966-000D3A4B2F88}",
    ]
    static let quotedFieldLists = ["No.='C00120'", "No.='10000'", "Document Type='Order',No.='101005'", "Code='PCS'", "Item No.='1920-S',Code='BOX'"]
    static let fieldLists = [
        "No.=C00130", "No.=10000", "Code=EUR", "Document Type=Order, No.=101005",
        "Journal Template Name=GENERAL, Journal Batch Name=DEFAULT, Line No.=10000",
    ]
}
