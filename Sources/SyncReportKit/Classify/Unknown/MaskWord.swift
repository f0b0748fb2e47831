/// One space-separated word of a message being masked, as ranges into the message's bytes:
/// leading brackets, the core, and trailing punctuation.
struct MaskWord {
    var lead: Range<Int>
    var core: Range<Int>
    var trail: Range<Int>
    /// Part of a product name or a well-known acronym (Business Central, Dataverse, SQL).
    var isConstant = false
    /// The whole core is one value of this kind.
    var value: MaskKind?
    /// The core with values inside it, as markers: `roleCount=<number>`, `Order,<number>`.
    var compound: [UInt8]?
    /// Absorbed into the value of an earlier word.
    var isRemoved = false

    /// Plain text: no value in or around it.
    var isText: Bool { value == nil && compound == nil && !isRemoved }
}
