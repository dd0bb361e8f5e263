// swift-tools-version: 6.1
import PackageDescription

// Benchmarks live in their own package so that the library's users never build them.
let package = Package(
    name: "ChumchonKPIBenchmarks",
    dependencies: [
        .package(name: "ChumchonKPI", path: ".."),
    ],
    targets: [
        .executableTarget(
            name: "kpi-benchmarks",
            dependencies: [.product(name: "KPICore", package: "ChumchonKPI")]
        ),
    ]
)
