/// A GUID drawn from the seeded PRNG, laid out as a version-4 GUID like the ones Business Central and Dataverse assign.
struct SampleGUID: Comparable {
    let high: UInt64
    let low: UInt64

    /// Business Central's empty GUID, shown for a job reference that was never set.
    static let null = SampleGUID(high: 0, low: 0)

    private init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    init(random rng: inout SplitMix64) {
        high = (rng.next() & ~0xF000) | 0x4000
        low = (rng.next() & 0x3FFF_FFFF_FFFF_FFFF) | 0x8000_0000_0000_0000
    }

    /// A GUID that is a pure function of `key`.
    init(hashing key: UInt64) {
        var rng = SplitMix64(seed: key)
        self.init(random: &rng)
    }

    /// A GUID fixed by a name (FNV-1a), for platform constants such as Dataverse privilege ids that do not vary by seed.
    init(naming name: String) {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in name.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        self.init(hashing: hash)
    }

    /// Business Central's rendering: `{3F2504E0-4F89-11D3-9A0C-0305E82C3301}`.
    var braced: String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(38)
        append(to: &bytes, businessCentralStyle: true)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Dataverse's rendering inside its own messages: `3f2504e0-4f89-11d3-9a0c-0305e82c3301`.
    var dataverseText: String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(36)
        append(to: &bytes, businessCentralStyle: false)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Grows the buffer once and fills the new bytes in place: this runs for several columns of every row.
    func append(to bytes: inout [UInt8], businessCentralStyle: Bool) {
        let digits = businessCentralStyle ? Self.upperDigits : Self.lowerDigits
        let braces = businessCentralStyle ? 1 : 0
        var position = bytes.count
        bytes.append(contentsOf: repeatElement(UInt8(ascii: "-"), count: 36 + 2 * braces))
        bytes.withUnsafeMutableBufferPointer { buffer in
            if businessCentralStyle {
                buffer[position] = UInt8(ascii: "{")
                buffer[position + 37] = UInt8(ascii: "}")
                position += 1
            }
            for nibble in 0..<32 {
                if nibble == 8 || nibble == 12 || nibble == 16 || nibble == 20 { position += 1 }
                let word = nibble < 16 ? high : low
                buffer[position] = digits[Int((word >> UInt64(60 - (nibble % 16) * 4)) & 0xF)]
                position += 1
            }
        }
    }

    private static let upperDigits = Array("0123456789ABCDEF".utf8)
    private static let lowerDigits = Array("0123456789abcdef".utf8)

    static func < (lhs: SampleGUID, rhs: SampleGUID) -> Bool {
        (lhs.high, lhs.low) < (rhs.high, rhs.low)
    }
}
