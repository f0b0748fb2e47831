/// The last steps: adjacent values become one, then the words render as the template.
extension MaskedText {
    /// `25/11/2026 14:05` is one date, `ITEM 1920-S` one code.
    mutating func collapse() {
        var previous: Int?
        for index in words.indices where !words[index].isRemoved {
            if let kept = previous, let first = words[kept].value, let second = words[index].value,
               trail(kept).isEmpty, lead(index).isEmpty, let kind = first.merged(with: second) {
                replace(kept, through: index, with: kind)
                continue
            }
            previous = index
        }
    }

    func rendered() -> String {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        for word in words where !word.isRemoved {
            if !output.isEmpty { output.append(0x20) }
            output.append(contentsOf: bytes[word.lead])
            if let kind = word.value {
                output.append(contentsOf: Self.placeholders[Int(kind.rawValue)])
            } else if let compound = word.compound {
                var index = compound.startIndex
                while index < compound.endIndex {
                    if compound[index] == MaskKind.marker, let kind = MaskKind(rawValue: compound[index + 1]) {
                        output.append(contentsOf: Self.placeholders[Int(kind.rawValue)])
                        index += 2
                    } else {
                        output.append(compound[index])
                        index += 1
                    }
                }
            } else {
                output.append(contentsOf: bytes[word.core])
            }
            output.append(contentsOf: bytes[word.trail])
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static let placeholders: [[UInt8]] = MaskKind.allCases.map { Array($0.placeholder.utf8) }
}
