/// The relationships of one part (`xl/_rels/workbook.xml.rels`): which part each id points to, and what it is.
enum Relationships {
    struct Relationship {
        var id: String
        var type: String
        /// The part's path inside the package, resolved against `base`.
        var target: String
    }

    /// Reads the relationships, resolving targets against `base` (the folder of the part they belong to).
    /// External targets (links to other files) are left out: they are not in the package.
    static func read(_ bytes: [UInt8], file: String, part: String, base: String) throws(ImportError) -> [Relationship] {
        let reader = try PartReader(bytes, file: file, part: part)
        var relationships: [Relationship] = []
        while let node = try reader.next() {
            guard node == .element, reader.name == "Relationship", reader.attribute("TargetMode") != "External",
                  let id = reader.attribute("Id"), let type = reader.attribute("Type"), let target = reader.attribute("Target")
            else { continue }
            relationships.append(Relationship(id: id, type: type, target: resolve(target, base: base)))
        }
        return relationships
    }

    /// `worksheets/sheet1.xml`, `/xl/worksheets/sheet1.xml` and `../xl/worksheets/sheet1.xml` all name
    /// `xl/worksheets/sheet1.xml` from `xl/`.
    static func resolve(_ target: String, base: String) -> String {
        let path = target.hasPrefix("/") ? String(target.dropFirst()) : base + target
        var segments: [Substring] = []
        for segment in path.split(separator: "/") {
            switch segment {
            case ".": continue
            case "..": _ = segments.popLast()
            default: segments.append(segment)
            }
        }
        return segments.joined(separator: "/")
    }
}
