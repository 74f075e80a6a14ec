// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "gangway",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "gangway", targets: ["gangway"]),
        .executable(name: "gangway-bench", targets: ["GangwayBench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .target(name: "GangwayCore"),
        .target(
            name: "GangwayStore",
            dependencies: [
                "GangwayCore", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        // libxml2 is reached through a small C target that exposes only plain C types
        // (see ../shared/design/swift-on-linux.md: its headers clash with Foundation's ICU).
        .target(
            name: "CXMLSchema",
            cSettings: [.unsafeFlags(["-I/usr/include/libxml2"])],
            linkerSettings: [.linkedLibrary("xml2")]
        ),
        .target(
            name: "GangwaySite",
            dependencies: ["GangwayCore", .product(name: "Mustache", package: "swift-mustache")]
        ),
        .target(name: "GangwayImport", dependencies: ["GangwayCore", "CXMLSchema"], resources: [.copy("Resources")]),
        .target(name: "GangwayTickets"),
        .target(name: "GangwayPayments", dependencies: ["GangwayCore"]),
        .target(name: "GangwayReconcile", dependencies: ["GangwayCore", "GangwayStore", "ZIPFoundation"]),
        .target(
            name: "GangwayNotify",
            dependencies: ["GangwayCore", .product(name: "Mustache", package: "swift-mustache")]
        ),
        .target(
            name: "GangwayServer",
            dependencies: [
                "GangwayCore", "GangwayStore", "GangwayTickets", "GangwayPayments", "GangwayNotify",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "GangwayCLI",
            dependencies: [
                "GangwayCore", "GangwayStore", "GangwayImport", "GangwaySite", "GangwayServer", "GangwayPayments",
                "GangwayNotify", "GangwayReconcile",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "gangway",
            dependencies: ["GangwayCLI", .product(name: "Logging", package: "swift-log")]
        ),
        .executableTarget(
            name: "GangwayBench",
            dependencies: ["GangwayCore", "GangwayStore", "GangwayImport", "GangwayCLI"]
        ),
        .testTarget(name: "GangwayCoreTests", dependencies: ["GangwayCore"]),
        .testTarget(
            name: "GangwaySiteTests",
            dependencies: ["GangwaySite", "GangwayCore", .product(name: "Mustache", package: "swift-mustache")],
            exclude: ["Snapshots"]),
        .testTarget(name: "GangwayStoreTests", dependencies: ["GangwayStore", "GangwayCore"]),
        .testTarget(
            name: "GangwayImportTests",
            dependencies: ["GangwayImport", "GangwayCore"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "GangwayTicketsTests", dependencies: ["GangwayTickets"]),
        .testTarget(name: "GangwayPaymentsTests", dependencies: ["GangwayPayments", "GangwayCore"]),
        .testTarget(name: "GangwayNotifyTests", dependencies: ["GangwayNotify", "GangwayCore"]),
        .testTarget(
            name: "GangwayReconcileTests",
            dependencies: ["GangwayReconcile", "GangwayCore"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "GangwayServerTests",
            dependencies: [
                "GangwayServer", "GangwayStore", "GangwayCore", "GangwayNotify", "GangwayPayments",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
        .testTarget(
            name: "GangwayCLITests",
            dependencies: ["GangwayCLI", "GangwayStore", "GangwayImport", "GangwayCore", "GangwayReconcile"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
