// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Stance",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Lexicon", targets: ["Lexicon"]),
        .library(name: "Stance", targets: ["Stance"]),
        .executable(name: "stance", targets: ["StanceCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        // ICU through a plain-C header (see Sources/CICU/include/cicu.h).
        .target(
            name: "CICU",
            linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icui18n")]
        ),
        // Text model, segmentation, normalisation, lexicon files, matching.
        .target(
            name: "Lexicon",
            dependencies: ["CICU"],
            plugins: ["EmbedLexiconPlugin"]
        ),
        // Articles, quotes and speakers, scoring, profiles, corpus runs, export.
        .target(name: "Stance", dependencies: ["Lexicon"]),
        // The `stance` command: parse arguments, call the libraries, print.
        .executableTarget(
            name: "StanceCLI",
            dependencies: [
                "Stance", "Lexicon",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Build tool: turns Resources/lexicon/* into a Swift source file, so the release binary
        // carries the default lexicon without Bundle.module.
        .executableTarget(name: "embed-lexicon", path: "Tools/embed-lexicon"),
        .plugin(
            name: "EmbedLexiconPlugin",
            capability: .buildTool(),
            dependencies: ["embed-lexicon"]
        ),
        .testTarget(
            name: "LexiconTests",
            dependencies: [
                "Lexicon",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "StanceTests",
            dependencies: [
                "Stance",
                "Lexicon",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(name: "StanceCLITests", dependencies: ["StanceCLI"]),
    ],
    swiftLanguageModes: [.v6]
)
