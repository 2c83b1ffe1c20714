// swift-tools-version: 6.0
import PackageDescription

// Dependencies point one way: RFMCore (pure) <- RFMConfig <- PostgresClient / RFMJob (I/O) <- rfm-nightly.
let package = Package(
    name: "rfm-nightly",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "rfm-nightly", targets: ["rfm-nightly"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        // The configuration file's YAML: every node keeps its line, so errors can name it.
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        // `serve`: the dashboard's HTTP server. Only the Dashboard target imports it.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        // Hummingbird's header types, named in the dashboard's responses.
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibPQ",
            pkgConfig: "libpq",
            providers: [.apt(["libpq-dev"]), .brew(["libpq"])]
        ),
        // The only code that touches libpq.
        .target(name: "PostgresClient", dependencies: ["CLibPQ"]),
        // Pure scoring: no libpq, no logging, no clock, no files.
        .target(
            name: "RFMCore",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")]
        ),
        // The configuration file and settings resolution: pure (reads a file, no database, no log).
        .target(
            name: "RFMConfig",
            dependencies: [
                "RFMCore",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // Orchestration: read -> score -> write, migrations, run ledger.
        .target(
            name: "RFMJob",
            dependencies: [
                "RFMCore", "RFMConfig", "PostgresClient",
                .product(name: "Logging", package: "swift-log"),
            ],
            plugins: ["EmbedMigrations"]
        ),
        // `serve`: the read-only dashboard over the job's tables (pages, JSON API, tokens).
        .target(
            name: "Dashboard",
            dependencies: [
                "RFMJob", "RFMCore", "PostgresClient",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .executableTarget(
            name: "rfm-nightly",
            dependencies: [
                "RFMJob", "RFMCore", "RFMConfig", "Dashboard",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The scoring core on synthetic rows, without a database: swift run -c release rfm-core-bench.
        .executableTarget(name: "rfm-core-bench", dependencies: ["RFMCore"]),
        // Build-time: turns migrations/*.sql into Swift so the binary carries its schema.
        .executableTarget(name: "MigrationEmbedder"),
        .plugin(name: "EmbedMigrations", capability: .buildTool(), dependencies: ["MigrationEmbedder"]),

        .testTarget(name: "RFMCoreTests", dependencies: ["RFMCore"]),
        .testTarget(name: "RFMConfigTests", dependencies: ["RFMConfig", "RFMCore"]),
        .testTarget(name: "JobTests", dependencies: ["RFMJob", "PostgresClient"]),
        .testTarget(
            name: "DashboardTests",
            dependencies: [
                "Dashboard", "RFMJob", "RFMCore", "RFMConfig", "PostgresClient",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(
            name: "IntegrationTests",
            dependencies: ["RFMJob", "RFMCore", "RFMConfig", "PostgresClient", .product(name: "Logging", package: "swift-log")],
            exclude: ["Fixtures"]
        ),
        // The binary as a user runs it. Shares IntegrationTests' helpers: Tests/EndToEndTests/Support
        // is a symbolic link to Tests/IntegrationTests/Support (one copy of them, compiled into both).
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["RFMJob", "RFMCore", "RFMConfig", "PostgresClient", .product(name: "Logging", package: "swift-log")]
        ),
    ]
)
