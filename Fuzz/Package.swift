// swift-tools-version: 6.0
import PackageDescription

// libFuzzer targets for every reader of untrusted input, apart so `swift test` never builds them with the
// fuzzer's instrumentation. Run from the repository root: `Fuzz/run TARGET SECONDS` (see its header).
let readers = ["CSV", "JSON", "XLSX", "PreviousReport", "RuleFile"]

let package = Package(
    name: "SyncReportFuzz",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "SyncReport", path: "..")],
    targets: [.target(name: "FuzzDriver")] + readers.map { reader in
        .executableTarget(
            name: "Fuzz\(reader)",
            dependencies: ["FuzzDriver", .product(name: "SyncReportKit", package: "SyncReport")],
            path: "Sources/Fuzz\(reader)")
    }
)
