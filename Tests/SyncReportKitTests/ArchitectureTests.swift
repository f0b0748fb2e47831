import Foundation
import Testing

/// Rules of the code base that a compiler does not check.
@Suite struct ArchitectureTests {
    private static let sources = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources")

    private func swiftFiles() throws -> [(path: String, text: String)] {
        let paths = try FileManager.default.subpathsOfDirectory(atPath: Self.sources.path).filter { $0.hasSuffix(".swift") }
        return try paths.sorted().map { ($0, try String(contentsOf: Self.sources.appendingPathComponent($0), encoding: .utf8)) }
    }

    @Test func onlyOneFileTouchesLibxml2() throws {
        let importing = try swiftFiles().filter { $0.text.contains("import CLibXML2") }.map(\.path)
        #expect(importing == ["SyncReportKit/Validate/LibXML.swift"])
    }

    @Test func theLibraryDoesNotDependOnTheCommandLineParser() throws {
        let offending = try swiftFiles().filter { $0.path.hasPrefix("SyncReportKit/") && $0.text.contains("import ArgumentParser") }
        #expect(offending.isEmpty)
    }

    @Test func rawMustacheOutputIsOnlyForMarkupFields() throws {
        let templates = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Templates/report")
        for path in try FileManager.default.subpathsOfDirectory(atPath: templates.path) where path.hasSuffix(".mustache") {
            let text = try String(contentsOf: templates.appendingPathComponent(path), encoding: .utf8)
            // Only markup Render built (rows, charts) may be written as it is, in fields named …HTML.
            let raw = text.matches(of: /\{\{\{\s*([^}]*?)\s*\}\}\}|\{\{&\s*([^}]*?)\s*\}\}/).map { String($0.output.1 ?? $0.output.2 ?? "") }
            #expect(raw.allSatisfy { $0.hasSuffix("HTML") }, "\(path) renders unescaped input: \(raw)")
        }
    }
}
