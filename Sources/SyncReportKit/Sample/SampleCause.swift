/// The corpus cause taxonomy (corpus README, "Cause taxonomy"), in the corpus order.
enum SampleCause: Int, CaseIterable {
    case conflict
    case deletedInBusinessCentral
    case deletedInDataverse
    case missingDependency
    case validation
    case permission
    case duplicateOrAlreadyCoupled
    case connectionThrottlingTimeout
    case mappingConfiguration
    case lockedConcurrency
    case unclassified

    /// Share of a night's error rows in percent: conflicts, missing dependencies and validation dominate,
    /// permission and throttling are rarer. Sums to 100.
    var weight: Int {
        switch self {
        case .conflict: 15
        case .deletedInBusinessCentral: 5
        case .deletedInDataverse: 6
        case .missingDependency: 18
        case .validation: 16
        case .permission: 4
        case .duplicateOrAlreadyCoupled: 7
        case .connectionThrottlingTimeout: 5
        case .mappingConfiguration: 5
        case .lockedConcurrency: 6
        case .unclassified: 13
        }
    }

    /// Failures that usually go away on a later run by themselves; the others repeat until someone fixes the data.
    var isTransient: Bool {
        switch self {
        case .connectionThrottlingTimeout, .lockedConcurrency, .unclassified: true
        default: false
        }
    }

    /// Whether Business Central may report this cause inside one of its wrapper sentences
    /// ("Modifying %1 failed because of the following error: %2.").
    var isWrappable: Bool {
        switch self {
        case .missingDependency, .validation, .permission, .duplicateOrAlreadyCoupled, .lockedConcurrency: true
        default: false
        }
    }

    /// Error rows per cause summing to `total`: three of each once the night has 40 or more errors (so every cause
    /// shows up a few times), the rest by weight.
    static func quotas(total: Int) -> [Int] {
        let minimum = total >= 40 ? 3 : 0
        return shares(of: total - minimum * allCases.count, among: allCases).map { minimum + $0 }
    }

    /// `total` split over `causes` (indexed by `rawValue`, zero for the others) by weight, rounding leftovers
    /// going to the heaviest causes.
    static func shares(of total: Int, among causes: [SampleCause]) -> [Int] {
        let weights = causes.reduce(0) { $0 + $1.weight }
        var shares = allCases.map { causes.contains($0) ? total * $0.weight / weights : 0 }
        let heaviestFirst = causes.sorted { ($0.weight, -$0.rawValue) > ($1.weight, -$1.rawValue) }
        var leftover = total - shares.reduce(0, +)
        var next = 0
        while leftover > 0 {
            shares[heaviestFirst[next % heaviestFirst.count].rawValue] += 1
            leftover -= 1
            next += 1
        }
        return shares
    }
}
