import Foundation
import PackagePlugin

/// Embeds the default lexicon (Resources/lexicon/*.tsv, *.txt) in the Lexicon module as Swift
/// string literals, so a copied release binary still has it.
@main
struct EmbedLexiconPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let directory = context.package.directoryURL.appending(path: "Resources/lexicon")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path())) ?? []
        let inputs = names
            .filter { $0.hasSuffix(".tsv") || $0.hasSuffix(".txt") }
            .sorted()
            .map { directory.appending(path: $0) }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedLexiconFiles.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) lexicon files",
                executable: try context.tool(named: "embed-lexicon").url,
                arguments: [output.path()] + inputs.map { $0.path() },
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }
}
