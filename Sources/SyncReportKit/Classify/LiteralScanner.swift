import Foundation

/// Finds which of many byte strings occur in a text in one pass (Aho–Corasick, compiled to a table): the
/// rules' required literals are looked for together instead of one scan per pattern.
struct LiteralScanner: Sendable {
    /// Literal ids found in a text, as bits.
    struct Found {
        fileprivate var words: [UInt64]

        func contains(_ id: Int32) -> Bool {
            words[Int(id) >> 6] & 1 << UInt64(id & 63) != 0
        }

        /// Calls `body` with each literal id found, in ascending order.
        func forEach(_ body: (Int) -> Void) {
            for (wordIndex, word) in words.enumerated() {
                var bits = word
                while bits != 0 {
                    body(wordIndex << 6 + bits.trailingZeroBitCount)
                    bits &= bits - 1
                }
            }
        }
    }

    let literalCount: Int
    /// Bytes that occur in no literal share class 0, so the table has one column per distinct literal byte.
    private let byteClass: [UInt8]
    private let classCount: Int
    /// `next[row + class]` is the row of the next state, a row being `state * classCount`: the automaton
    /// with failure links folded in.
    private let next: [Int32]
    /// Whether any literal ends at the state of each row start.
    private let endsLiteral: [Bool]
    /// The literals that end at each state, its failure chain's included: `outputIDs[outputStart[s]..<outputStart[s + 1]]`.
    private let outputStart: [Int32]
    private let outputIDs: [Int32]

    /// `literals[i]`, lowercase, gets id `i`. ASCII letters in the text match either case; other text should
    /// be lowercased first.
    init(_ literals: [[UInt8]]) {
        literalCount = literals.count
        var byteClass = [UInt8](repeating: 0, count: 256)
        var classCount = 1
        for byte in Set(literals.joined()).sorted() {
            byteClass[Int(byte)] = UInt8(classCount)
            if (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) { byteClass[Int(byte - 0x20)] = UInt8(classCount) }
            classCount += 1
        }
        precondition(classCount <= 256)

        var trie: [[Int32]] = [Array(repeating: -1, count: classCount)]
        var outputs: [[Int]] = [[]]
        for (id, literal) in literals.enumerated() {
            var state = 0
            for byte in literal {
                let column = Int(byteClass[Int(byte)])
                if trie[state][column] < 0 {
                    trie[state][column] = Int32(trie.count)
                    trie.append(Array(repeating: -1, count: classCount))
                    outputs.append([])
                }
                state = Int(trie[state][column])
            }
            outputs[state].append(id)
        }

        // Breadth first, so a state's failure target is complete before the state itself.
        var failure = [Int](repeating: 0, count: trie.count)
        var queue: [Int] = []
        for column in 0..<classCount {
            if trie[0][column] < 0 {
                trie[0][column] = 0
            } else {
                queue.append(Int(trie[0][column]))
            }
        }
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            outputs[state].append(contentsOf: outputs[failure[state]])
            for column in 0..<classCount {
                let child = trie[state][column]
                if child < 0 {
                    trie[state][column] = trie[failure[state]][column]
                } else {
                    failure[Int(child)] = Int(trie[failure[state]][column])
                    queue.append(Int(child))
                }
            }
        }
        self.byteClass = byteClass
        self.classCount = classCount
        next = trie.joined().map { $0 * Int32(classCount) }
        endsLiteral = outputs.flatMap { ids in [!ids.isEmpty] + Array(repeating: false, count: classCount - 1) }
        outputStart = outputs.reduce(into: [0]) { starts, ids in starts.append(starts[starts.count - 1] + Int32(ids.count)) }
        outputIDs = outputs.joined().map(Int32.init)
    }

    /// The literals in `text`, ignoring case as ICU does: ASCII letters by the table, other text by case-folding
    /// it first (`ß` holds `ss`, `ſ` holds `s`).
    func scan(_ text: String) -> Found {
        var text = text
        if !text.withUTF8({ $0.allSatisfy { $0 < 0x80 } }) { text = text.folding(options: [.caseInsensitive], locale: nil) }
        return text.withUTF8(scan)
    }

    /// The literals in `text`; ASCII letters match either case, other bytes as they are.
    func scan(_ text: UnsafeBufferPointer<UInt8>) -> Found {
        var found = Found(words: Array(repeating: 0, count: (literalCount + 63) / 64))
        next.withUnsafeBufferPointer { next in
            byteClass.withUnsafeBufferPointer { byteClass in
                endsLiteral.withUnsafeBufferPointer { endsLiteral in
                    var row = 0
                    for byte in text {
                        row = Int(next[row + Int(byteClass[Int(byte)])])
                        guard endsLiteral[row] else { continue }
                        let state = row / classCount
                        for output in Int(outputStart[state])..<Int(outputStart[state + 1]) {
                            let literal = Int(outputIDs[output])
                            found.words[literal >> 6] |= 1 << UInt64(literal & 63)
                        }
                    }
                }
            }
        }
        return found
    }
}
