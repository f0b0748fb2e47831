// swift-tools-version: 6.0
import PackageDescription

// Benchmarks live apart so `swift test` never builds or runs them. Run from the repository root:
//   swift run -c release --package-path Benchmarks ClassifyBenchmarks
let package = Package(
    name: "SyncReportBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "SyncReport", path: ".."),
        .package(url: "https://github.com/google/swift-benchmark", from: "0.1.2"),
    ],
    targets: [
        .executableTarget(
            name: "ClassifyBenchmarks",
            dependencies: [
                .product(name: "SyncReportKit", package: "SyncReport"),
                .product(name: "Benchmark", package: "swift-benchmark"),
            ]
        )
    ]
)
