// swift-tools-version: 6.0
import PackageDescription

// A libFuzzer binary for every reader of untrusted input, apart so `swift test` never builds it with the
// fuzzer's instrumentation. Run from the repository root: `Fuzz/run TARGET SECONDS` (see its header).
let package = Package(
    name: "SyncReportFuzz",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "SyncReport", path: "..")],
    targets: [
        .executableTarget(name: "Fuzz", dependencies: [.product(name: "SyncReportKit", package: "SyncReport")])
    ]
)
