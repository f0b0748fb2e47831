/// What a rule may require of the record besides its message: the direct evidence of Coupled Data
/// Synchronization Errors and the coupling. An unset requirement always holds; a set one holds only when the
/// exports state that fact (an unknown fact does not satisfy it).
public struct RuleCondition: Sendable, Hashable {
    public var recordExists: Bool?
    public var coupledRecordExists: Bool?
    public var skipped: Bool?

    public init(recordExists: Bool? = nil, coupledRecordExists: Bool? = nil, skipped: Bool? = nil) {
        self.recordExists = recordExists
        self.coupledRecordExists = coupledRecordExists
        self.skipped = skipped
    }

    func holds(for facts: RecordFacts) -> Bool {
        Self.holds(recordExists, facts.recordExists) && Self.holds(coupledRecordExists, facts.coupledRecordExists)
            && Self.holds(skipped, facts.isSkipped)
    }

    private static func holds(_ required: Bool?, _ fact: Bool?) -> Bool {
        guard let required else { return true }
        return fact == required
    }

    /// The facts that decided, as the report shows them: `Record Exists: No`.
    var evidence: String {
        var parts: [String] = []
        if let recordExists { parts.append("Record Exists: \(recordExists ? "Yes" : "No")") }
        if let coupledRecordExists { parts.append("Coupled Record Exists: \(coupledRecordExists ? "Yes" : "No")") }
        if let skipped { parts.append("Skipped: \(skipped ? "Yes" : "No")") }
        return parts.joined(separator: ", ")
    }
}

/// What the exports say about an error's record beyond its message; `nil` where they do not say.
public struct RecordFacts: Sendable, Hashable {
    public var recordExists: Bool?
    public var coupledRecordExists: Bool?
    public var isSkipped: Bool?

    public init(recordExists: Bool? = nil, coupledRecordExists: Bool? = nil, isSkipped: Bool? = nil) {
        self.recordExists = recordExists
        self.coupledRecordExists = coupledRecordExists
        self.isSkipped = isSkipped
    }

    public static let unknown = RecordFacts()
}
