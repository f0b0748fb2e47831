// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "SyncReport",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "syncreport", targets: ["syncreport"]),
        .library(name: "SyncReportKit", targets: ["SyncReportKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev", "pkg-config"])]
        ),
        // Atomic exchange of two folders, which Swift's Glibc module does not declare; zlib's inflate for
        // workbook parts, bounded by the caller's buffers.
        .target(name: "CSyncSystem", linkerSettings: [.linkedLibrary("z")]),
        // The one source of the templates is the top-level Templates/ folder; this target ships it.
        .target(
            name: "SyncReportTemplates",
            path: "Templates",
            sources: ["Templates.swift"],
            resources: [.copy("report")]
        ),
        .target(
            name: "SyncReportKit",
            dependencies: [
                "CLibXML2",
                "CSyncSystem",
                "SyncReportTemplates",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            resources: [.copy("Resources/Rules"), .copy("Resources/Schema")]
        ),
        .executableTarget(
            name: "syncreport",
            dependencies: [
                "SyncReportKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "SyncReportKitTests",
            dependencies: [
                "SyncReportKit", "SyncReportTemplates",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "SyncReportCLITests",
            dependencies: ["syncreport"]
        ),
    ]
)
