// swift-tools-version: 6.1
import PackageDescription

// Benchmarks live in their own package so that the library's users never build them. No
// benchmark framework: the figures that matter are whole `kpi` processes (time and peak memory
// measured from outside, with wait4), and in-process chart rendering, timed with a clock.
let package = Package(
    name: "ChumchonKPIBenchmarks",
    dependencies: [
        .package(name: "ChumchonKPI", path: "..")
    ],
    targets: [
        .executableTarget(
            name: "kpi-benchmarks",
            dependencies: [
                .product(name: "KPICore", package: "ChumchonKPI"),
                .product(name: "KPIChart", package: "ChumchonKPI"),
            ]
        )
    ]
)
