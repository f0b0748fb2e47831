/// SplitMix64 (Steele, Lea & Flood, 2014): a tiny PRNG whose output is fixed by its seed on every platform and
/// toolchain, which neither `SystemRandomNumberGenerator` nor the standard library's shuffles promise.
/// Deliberately not a `RandomNumberGenerator`, so no standard-library algorithm with unspecified draws can use it.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return Self.mix(state)
    }

    /// Uniform integer in `0..<bound` by multiply-high (no modulo bias worth measuring).
    mutating func below(_ bound: Int) -> Int {
        Int(truncatingIfNeeded: next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// True with the given probability in percent.
    mutating func chance(_ percent: Int) -> Bool {
        below(100) < percent
    }

    mutating func pick<Element>(_ elements: [Element]) -> Element {
        elements[below(elements.count)]
    }

    /// The SplitMix64 finaliser: a strong 64-bit mix.
    static func mix(_ value: UInt64) -> UInt64 {
        var bits = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        bits = (bits ^ (bits >> 27)) &* 0x94D0_49BB_1331_11EB
        return bits ^ (bits >> 31)
    }

    /// Hash of two keys. Values derived this way (a record's GUIDs, its name) do not depend on generation order.
    static func combine(_ first: UInt64, _ second: UInt64) -> UInt64 {
        mix(first ^ mix(second &+ 0x9E37_79B9_7F4A_7C15))
    }
}
