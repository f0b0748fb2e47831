/// Header matching that ignores case and punctuation, so `Synch. Direction` (caption),
/// `Synch_Direction` (OData) and `synch direction` are one name.
enum HeaderName {
    static func normalize<S: StringProtocol>(_ name: S) -> String {
        String(name.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }.map(Character.init))
    }

    /// The caption nearest to `name` by edit distance of their normalised forms, for "did you mean"; `nil` when
    /// even the nearest differs in more than a third of its letters (and more than two), which is no misspelling.
    static func closest(to name: String, among captions: [String]) -> String? {
        let target = Array(normalize(name).unicodeScalars)
        let scored = captions.map { ($0, distance(target, Array(normalize($0).unicodeScalars))) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= max(2, target.count / 3) else { return nil }
        return best.0
    }

    /// Levenshtein distance, one row at a time: header names are short.
    private static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        guard !a.isEmpty else { return b.count }
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1]
            for (j, y) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }
}
