/// An error with its record, mapping, direction and classification resolved.
public struct ClassifiedError: Sendable, Hashable {
    public var error: SyncError
    public var record: RecordRef
    /// The job's mapping; empty when the job or the column is missing from the exports.
    public var mapping: String
    public var direction: SyncDirection?
    public var classification: Classification

    public init(error: SyncError, record: RecordRef, mapping: String, direction: SyncDirection?, classification: Classification) {
        self.error = error
        self.record = record
        self.mapping = mapping
        self.direction = direction
        self.classification = classification
    }

    /// What to do about this error, naming its record and mapping.
    public var action: String { classification.action(of: record, mapping: mapping) }

    /// Whether the two errors' actions read the same, without writing either.
    func hasSameAction(as other: ClassifiedError) -> Bool {
        classification.actionTemplate == other.classification.actionTemplate && record == other.record && mapping == other.mapping
    }
}

/// The night after classification: the exports plus every error classified, in time order.
public struct ClassifiedNight: Sendable {
    /// The night's dataset without its errors, which `errors` holds classified: a million errors are kept once.
    public var dataset: Dataset
    public var errors: [ClassifiedError]
    /// The links between the sides of each record, built once for the stages that follow.
    public var records: RecordIndex
    /// What classified the night, rules and language choice, for the stages that classify a job's message.
    public var classifier: Classifier
}
