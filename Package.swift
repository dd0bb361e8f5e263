// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "ChumchonKPI",
    // Synchronization's Mutex and Int128 need macOS 15; Linux needs no entry.
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "KPICore", targets: ["KPICore"]),
        .library(name: "KPIChart", targets: ["KPIChart"]),
        .executable(name: "kpi", targets: ["kpi"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // Documentation only (`make docs`): a command plugin, no code in the libraries or `kpi`.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        // Build tools: Datasets/ (geography, catalog) is compiled into KPICore, so the `kpi`
        // binary works from any directory without a resource bundle beside it.
        .executableTarget(
            name: "EmbedData",
            path: "Sources/BuildTools/EmbedData"
        ),
        .plugin(
            name: "EmbedDatasets",
            capability: .buildTool(),
            dependencies: ["EmbedData"],
            path: "Sources/BuildTools/EmbedDatasetsPlugin"
        ),

        // The core: geography, Thai calendar, ingest, indicators, aggregation. Foundation and
        // zlib (the zip archives of Excel workbooks, read and written).
        .target(
            name: "KPICore",
            dependencies: ["CZlib", "CByteScan"],
            plugins: ["EmbedDatasets"]
        ),
        // The CSV scanner's byte masks on x86-64 (`pmovmskb`), which Swift's SIMD types do not reach.
        .target(name: "CByteScan"),

        // System libraries, bound through pkg-config.
        .systemLibrary(
            name: "CCairo",
            pkgConfig: "cairo",
            providers: [.apt(["libcairo2-dev"])]
        ),
        .systemLibrary(
            name: "CPangoCairo",
            pkgConfig: "pangocairo",
            providers: [.apt(["libpango1.0-dev"])]
        ),

        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),

        // Charts: specs, layout, the Canvas protocol and its Cairo implementation.
        .target(
            name: "KPIChart",
            dependencies: ["KPICore", "CCairo", "CPangoCairo", "CZlib"]
        ),

        // The command line: thin commands that wire the libraries together.
        .executableTarget(
            name: "kpi",
            dependencies: [
                "KPICore",
                "KPIChart",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // The getting-started program of the docs (KPICore.docc/GettingStarted.md), run by KPICommandTests.
        .executableTarget(
            name: "GettingStarted", dependencies: ["KPICore", "KPIChart"], path: "Examples/GettingStarted"),
        // The chart of KPIChart.docc/WritingYourOwnChart.md, run by KPICommandTests.
        .executableTarget(name: "CustomChart", dependencies: ["KPICore", "KPIChart"], path: "Examples/CustomChart"),

        // Fuzzing (scripts/fuzz.sh, Fuzz/README.md): the harness that feeds bytes through the
        // readers, decoders and summary, shared by the fuzz executables and the corpus test...
        .target(name: "KPIFuzzing", dependencies: ["KPICore"]),
    ]
        + fuzzTargets.map { target in
            // ...and one executable per target: libFuzzer's driver when built with -D FUZZING and
            // -sanitize=fuzzer, otherwise a replayer of the files it is given.
            .executableTarget(
                name: "fuzz-\(target)", dependencies: ["KPIFuzzing"], path: "Sources/FuzzTargets/\(target)")
        } + [
            .testTarget(name: "KPICoreTests", dependencies: ["KPICore"]),
            .testTarget(name: "KPIChartTests", dependencies: ["KPIChart", "KPICore", "CCairo", "CPangoCairo"]),
            // The `kpi` command run as a user runs it (`swift test` builds it beside the tests).
            .testTarget(name: "KPICommandTests", dependencies: ["KPICore"]),
            .testTarget(name: "KPIFuzzingTests", dependencies: ["KPIFuzzing", "KPICore"]),
        ]
)

/// The fuzz targets, as `FuzzTarget` in Sources/KPIFuzzing names them.
var fuzzTargets: [String] { ["csv-reader", "womens-fund", "otop-sales", "bmn", "kkcj", "indicator-values", "xlsx"] }
