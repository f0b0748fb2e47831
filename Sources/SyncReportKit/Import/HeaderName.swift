/// Header matching that ignores case and punctuation, so `Synch. Direction` (caption),
/// `Synch_Direction` (OData) and `synch direction` are one name.
enum HeaderName {
    static func normalize<S: StringProtocol>(_ name: S) -> String {
        String(name.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }.map(Character.init))
    }
}
