// swift-tools-version:6.0
import PackageDescription

/// Strict concurrency is the default in the Swift 6 language mode; it is named here so
/// that nobody lowers it for one target by accident.
let strict: [SwiftSetting] = [.enableUpcomingFeature("StrictConcurrency")]

/// The libraries are optimized in debug builds too: the simulator, the wait forecast, the
/// log's reader and the panes run five to eight times slower unoptimized, and the tests run
/// them thousands of times (a simulated comparison took 53 s of CPU instead of 6.4 s). The
/// tests' `@testable` imports still work: debug builds keep `-enable-testing`.
let optimizedInDebug: [SwiftSetting] = [.unsafeFlags(["-O"], .when(configuration: .debug))]

let package = Package(
    name: "HallDesk",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "halldesk", targets: ["halldesk"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", exact: "0.6.0"),
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.2"),
    ],
    targets: [
        .target(name: "HallDomain", swiftSettings: strict + optimizedInDebug),
        .target(
            name: "HallStore",
            dependencies: [
                "HallDomain", "CLibCrypto",
                .product(name: "TOMLKit", package: "TOMLKit"),
            ],
            swiftSettings: strict + optimizedInDebug
        ),
        /// SHA-256, HMAC and PBKDF2 for the log's hash chain and the PINs: the system's OpenSSL.
        .systemLibrary(name: "CLibCrypto", providers: [.apt(["libssl-dev"])]),
        .target(name: "TermUI", swiftSettings: strict + optimizedInDebug),
        /// No pkgConfig: ncursesw.pc only adds -D flags SwiftPM refuses (and warns about);
        /// shim.h defines what it needs and module.modulemap names the libraries.
        .systemLibrary(name: "CNcursesw", providers: [.apt(["libncursesw5-dev"])]),
        .target(name: "TermCurses", dependencies: ["TermUI", "CNcursesw"], swiftSettings: strict),
        .target(name: "HallConsole", dependencies: ["HallDomain", "TermUI"], swiftSettings: strict + optimizedInDebug),
        /// The log and snapshots in PostgreSQL, for several machines and halls: kept out of
        /// HallStore so that the file log and everything built on it stay free of SwiftNIO.
        .target(
            name: "HallPostgres",
            dependencies: ["HallStore", "HallDomain", .product(name: "PostgresNIO", package: "postgres-nio")],
            swiftSettings: strict
        ),
        /// The report as Markdown, HTML and SVG: renderings of the domain's figures, kept out of it.
        .target(name: "HallReports", dependencies: ["HallDomain"], swiftSettings: strict + optimizedInDebug),
        /// What sits between a terminal and the store: the console session, identity, receipts.
        .target(name: "HallSession", dependencies: ["HallDomain", "HallStore", "HallConsole", "TermUI"], swiftSettings: strict),
        .executableTarget(
            name: "halldesk",
            dependencies: [
                "HallDomain", "HallStore", "TermUI", "TermCurses", "HallConsole", "HallReports", "HallSession", "HallPostgres",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict
        ),
        /// A small writer process the durability tests start many times over and kill.
        .executableTarget(name: "logstress", dependencies: ["HallStore", "HallDomain", "HallPostgres"], swiftSettings: strict),
        /// SQLite, for the benchmark only: the append latency a user would get from it instead.
        .systemLibrary(name: "CSQLite3", providers: [.apt(["libsqlite3-dev"])]),
        /// The benchmark program: prints figures (medians, ratios), never asserts on time. It
        /// starts its own throwaway PostgreSQL server as the tests do (HallTestSupport).
        .executableTarget(name: "hallbench", dependencies: ["HallStore", "HallDomain", "HallConsole", "TermUI", "CSQLite3",
                                                            "HallPostgres", "HallTestSupport"], path: "bench",
                          swiftSettings: strict),
        /// Text snapshots of screens with a readable line diff, for the test targets only.
        .target(name: "SnapshotAssert", dependencies: ["TermUI"], swiftSettings: strict),
        /// What the test targets share: temporary folders, the built binaries, processes,
        /// test Unix accounts, the decide-then-evolve fold of a story.
        .target(name: "HallTestSupport", dependencies: ["HallDomain"], swiftSettings: strict),
        .testTarget(name: "HallPostgresTests", dependencies: ["HallPostgres", "HallStore", "HallDomain", "HallConsole", "HallSession", "HallTestSupport", "TermUI"], swiftSettings: strict),
        .testTarget(name: "HallDomainTests", dependencies: ["HallDomain", "HallReports", "HallTestSupport"], swiftSettings: strict),
        .testTarget(name: "HallStoreTests", dependencies: ["HallStore", "HallDomain", "HallTestSupport"], swiftSettings: strict),
        .testTarget(name: "TermUITests", dependencies: ["TermUI", "SnapshotAssert"], swiftSettings: strict),
        /// End to end through the real `halldesk` binary: several processes on one data folder.
        .testTarget(name: "HallDeskTests", dependencies: ["HallStore", "HallDomain", "HallTestSupport"], exclude: ["Fixtures"],
                    swiftSettings: strict),
        .testTarget(
            name: "HallConsoleTests",
            dependencies: ["HallConsole", "HallDomain", "TermUI", "SnapshotAssert", "HallStore", "HallSession", "TermCurses", "HallTestSupport"],
            swiftSettings: strict
        ),
    ],
    swiftLanguageModes: [.v6]
)
