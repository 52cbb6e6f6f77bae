// swift-tools-version:6.1
// Slovo's benchmarks: a separate package so that users of the library never build the
// benchmark dependencies. See README.md in this folder.
import PackageDescription

let package = Package(
    name: "SlovoBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "Slovo", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        // References, linked only here: system ICU (the raw word-break loop) and the C libstemmer.
        .systemLibrary(
            name: "CBenchICUSystem",
            path: "Sources/CBenchICUSystem",
            pkgConfig: "icu-uc icu-i18n",
            providers: [.apt(["libicu-dev"]), .brew(["icu4c"])]
        ),
        .target(name: "CBenchICU", dependencies: ["CBenchICUSystem"]),
        .systemLibrary(
            name: "CLibstemmer",
            path: "Sources/CLibstemmer",
            providers: [.apt(["libstemmer-dev"]), .brew(["snowball"])]
        ),
        // Counts malloc calls in the batch command (the ordo-one suites count their own).
        .target(name: "CMallocCounter"),
        // Inputs and workloads shared by the suites and the batch command.
        .target(
            name: "SlovoBenchKit",
            dependencies: [.product(name: "Slovo", package: "Slovo"), "CBenchICU", "CLibstemmer"]
        ),
        // The batch command for CI: one JSON summary.
        .executableTarget(name: "slovo-bench", dependencies: ["SlovoBenchKit", "CMallocCounter"]),
        // ordo-one suites: `swift package benchmark`. Add a suite as Benchmarks/<Suite>/.
        .target(
            name: "SuiteSupport",
            dependencies: ["SlovoBenchKit", .product(name: "Benchmark", package: "benchmark")]
        ),
        .executableTarget(
            name: "TokenizerBenchmarks",
            dependencies: ["SlovoBenchKit", "SuiteSupport", .product(name: "Benchmark", package: "benchmark")],
            path: "Benchmarks/TokenizerBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "StemmerBenchmarks",
            dependencies: ["SlovoBenchKit", "SuiteSupport", .product(name: "Benchmark", package: "benchmark")],
            path: "Benchmarks/StemmerBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "MorphologyBenchmarks",
            dependencies: ["SlovoBenchKit", "SuiteSupport", .product(name: "Benchmark", package: "benchmark")],
            path: "Benchmarks/MorphologyBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "AnalyzerBenchmarks",
            dependencies: ["SlovoBenchKit", "SuiteSupport", .product(name: "Benchmark", package: "benchmark")],
            path: "Benchmarks/AnalyzerBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
