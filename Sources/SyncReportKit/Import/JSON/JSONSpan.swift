/// Where one value's text is: a range of the file itself or, for strings whose escapes had to be decoded,
/// a range of the decoded text. Values stay ranges, not `String`s, so a large file costs little beyond its bytes.
struct JSONSpan: Sendable {
    /// Offset in the file of the value's first byte (a string's opening quote), for its line and column.
    var offset: Int
    var start: Int
    var end: Int
    var isDecoded: Bool

    /// No text, placed at `offset`: a `null`, or a key the row does not have.
    static func empty(at offset: Int) -> JSONSpan {
        JSONSpan(offset: offset, start: 0, end: 0, isDecoded: false)
    }
}
