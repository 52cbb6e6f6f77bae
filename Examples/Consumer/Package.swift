// swift-tools-version:6.1
// A package that uses Slovo the way any dependent does: through `import Slovo` only.
// CI (.ci/steps/20-consumer) builds a copy of it outside the repository, with the path below
// pointing at a copy of Slovo's files; a project of your own would write
// `.package(url: "<Slovo's git URL>", from: "0.1.0")` instead.
import PackageDescription

let package = Package(
    name: "Consumer",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "Slovo", path: "../.."),
    ],
    targets: [
        .executableTarget(
            name: "Consumer",
            dependencies: [.product(name: "Slovo", package: "Slovo")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
