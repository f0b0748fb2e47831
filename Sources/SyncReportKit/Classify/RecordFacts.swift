/// What the exports say about an error's record beyond its message; `nil` where they do not say.
public struct RecordFacts: Sendable, Hashable {
    /// Each fact with its key in rule files and its label in the report, in the order evidence lists them.
    public enum Fact: String, CaseIterable, Sendable {
        case recordExists, coupledRecordExists, skipped, changedOnBothSides
        case lastSyncIntoBCFailed, lastSyncIntoDataverseFailed

        var label: String {
            switch self {
            case .recordExists: "Record Exists"
            case .coupledRecordExists: "Coupled Record Exists"
            case .skipped: "Skipped"
            case .changedOnBothSides: "Changed in both apps since the last synchronisation"
            case .lastSyncIntoBCFailed: "Last synchronisation into Business Central failed"
            case .lastSyncIntoDataverseFailed: "Last synchronisation into Dataverse failed"
            }
        }
    }

    /// `false` means the record was deleted in Business Central (page 5333's Record Exists).
    public var recordExists: Bool?
    /// `false` means the Dataverse row was deleted (page 5333's Coupled Record Exists).
    public var coupledRecordExists: Bool?
    /// The coupling's Skipped flag: the same failure twice in a row.
    public var isSkipped: Bool?
    /// Both modified times are later than those of the last successful synchronisation.
    public var changedOnBothSides: Bool?
    /// The coupling's Last Synch. Result.
    public var lastSyncIntoBCFailed: Bool?
    /// The coupling's Last Synch. CRM Result.
    public var lastSyncIntoDataverseFailed: Bool?

    public init(
        recordExists: Bool? = nil, coupledRecordExists: Bool? = nil, isSkipped: Bool? = nil, changedOnBothSides: Bool? = nil,
        lastSyncIntoBCFailed: Bool? = nil, lastSyncIntoDataverseFailed: Bool? = nil
    ) {
        self.recordExists = recordExists
        self.coupledRecordExists = coupledRecordExists
        self.isSkipped = isSkipped
        self.changedOnBothSides = changedOnBothSides
        self.lastSyncIntoBCFailed = lastSyncIntoBCFailed
        self.lastSyncIntoDataverseFailed = lastSyncIntoDataverseFailed
    }

    public static let unknown = RecordFacts()

    /// The facts Coupled Data Synchronization Errors (`state`) and the coupling table state. A row of that page
    /// is a Skipped coupling, whether or not the couplings were exported too.
    public init(_ state: RecordState?, coupling: Coupling?) {
        if let coupling { self.init(state, coupling: coupling) } else { self.init(state) }
    }

    /// The facts of the page's row alone, where the couplings do not name the record.
    init(_ state: RecordState?) {
        self.init(recordExists: state?.recordExists, coupledRecordExists: state?.coupledRecordExists, isSkipped: state != nil ? true : nil)
    }

    /// With the coupling borrowed where it lies: a copy would count a reference on each of its texts, for every
    /// error of a night.
    init(_ state: RecordState?, coupling: borrowing Coupling) {
        self.init(
            recordExists: state?.recordExists, coupledRecordExists: state?.coupledRecordExists, isSkipped: coupling.isSkipped,
            // A blank result (never synchronised that way, or not exported) states nothing.
            lastSyncIntoBCFailed: coupling.lastSynchResult.map { $0 == .failure },
            lastSyncIntoDataverseFailed: coupling.lastSynchCRMResult.map { $0 == .failure })
        if let modified = state?.modifiedOn, let coupledModified = state?.coupledModifiedOn,
           let synced = coupling.lastSynchModifiedOn, let coupledSynced = coupling.lastSynchCRMModifiedOn {
            changedOnBothSides = modified > synced && coupledModified > coupledSynced
        }
    }

    /// The facts that `asked` states (whatever their value), the others unknown. Spelled out per fact, as it
    /// runs for every error of a night.
    func keeping(_ asked: RecordFacts) -> RecordFacts {
        RecordFacts(
            recordExists: asked.recordExists != nil ? recordExists : nil,
            coupledRecordExists: asked.coupledRecordExists != nil ? coupledRecordExists : nil,
            isSkipped: asked.isSkipped != nil ? isSkipped : nil,
            changedOnBothSides: asked.changedOnBothSides != nil ? changedOnBothSides : nil,
            lastSyncIntoBCFailed: asked.lastSyncIntoBCFailed != nil ? lastSyncIntoBCFailed : nil,
            lastSyncIntoDataverseFailed: asked.lastSyncIntoDataverseFailed != nil ? lastSyncIntoDataverseFailed : nil)
    }

    /// Two bits a fact (unknown, no, yes): equal facts give equal numbers, different ones different numbers.
    var packed: UInt64 {
        func bits(_ fact: Bool?) -> UInt64 { fact.map { $0 ? 2 : 1 } ?? 0 }
        return bits(recordExists) | bits(coupledRecordExists) << 2 | bits(isSkipped) << 4 | bits(changedOnBothSides) << 6
            | bits(lastSyncIntoBCFailed) << 8 | bits(lastSyncIntoDataverseFailed) << 10
    }

    public subscript(fact: Fact) -> Bool? {
        get {
            switch fact {
            case .recordExists: recordExists
            case .coupledRecordExists: coupledRecordExists
            case .skipped: isSkipped
            case .changedOnBothSides: changedOnBothSides
            case .lastSyncIntoBCFailed: lastSyncIntoBCFailed
            case .lastSyncIntoDataverseFailed: lastSyncIntoDataverseFailed
            }
        }
        set {
            switch fact {
            case .recordExists: recordExists = newValue
            case .coupledRecordExists: coupledRecordExists = newValue
            case .skipped: isSkipped = newValue
            case .changedOnBothSides: changedOnBothSides = newValue
            case .lastSyncIntoBCFailed: lastSyncIntoBCFailed = newValue
            case .lastSyncIntoDataverseFailed: lastSyncIntoDataverseFailed = newValue
            }
        }
    }
}
