// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Slovo",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Slovo", targets: ["Slovo"]),
        .executable(name: "analyze", targets: ["analyze"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // System ICU, found through pkg-config; only CSlovoICU sees its headers.
        .systemLibrary(
            name: "CICU",
            path: "Sources/CICU",
            pkgConfig: "icu-uc icu-i18n",
            providers: [.apt(["libicu-dev"]), .brew(["icu4c"])]
        ),
        .target(name: "CSlovoICU", dependencies: ["CICU"]),
        .target(name: "SlovoText", dependencies: ["CSlovoICU"]),
        .target(name: "SlovoMorphology", dependencies: ["SlovoText"]),
        .target(name: "SlovoEntities", dependencies: ["SlovoText", "SlovoMorphology"]),
        .target(name: "SlovoKeywords", dependencies: ["SlovoText", "SlovoMorphology", "SlovoEntities"]),
        .target(
            name: "Slovo",
            dependencies: ["SlovoText", "SlovoMorphology", "SlovoEntities", "SlovoKeywords"]
        ),
        .executableTarget(
            name: "analyze",
            dependencies: [
                "Slovo",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Developer tool: trains the entity tagger from the NER corpora (not a product).
        .executableTarget(
            name: "slovo-train",
            dependencies: [
                "Slovo",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Invariant checks and seeded text generators, shared by the property tests and the
        // fuzz targets (Tests/Fuzz); not a product.
        .target(name: "SlovoInvariants", dependencies: ["Slovo"], path: "Tests/Invariants"),
        .testTarget(name: "SlovoTextTests", dependencies: ["SlovoText", "SlovoInvariants"]),
        .testTarget(name: "SlovoMorphologyTests", dependencies: ["SlovoMorphology"]),
        .testTarget(name: "SlovoTests", dependencies: ["Slovo", "SlovoInvariants"]),
        .testTarget(name: "AnalyzeCLITests", dependencies: ["analyze", "SlovoInvariants"]),
    ],
    swiftLanguageModes: [.v6]
)
