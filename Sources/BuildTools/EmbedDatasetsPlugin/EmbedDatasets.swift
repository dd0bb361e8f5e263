import Foundation
import PackagePlugin

/// Compiles the files of Datasets/ that the library needs at run time into the target, so that
/// Datasets/ stays the one source of truth and the built binary needs no files beside it.
@main
struct EmbedDatasets: BuildToolPlugin {
    /// Paths under Datasets/ that are embedded.
    static let embeddedFiles = [
        "geography/provinces.csv",
        "geography/districts.csv",
        "geography/zones.csv",
        "header-names.csv",
        "indicators.json",
    ]

    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let datasets = context.package.directoryURL.appending(path: "Datasets")
        let inputs = Self.embeddedFiles.map { datasets.appending(path: $0) }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedDatasets.swift")
        return [
            .buildCommand(
                displayName: "Embedding Datasets/ into \(target.name)",
                executable: try context.tool(named: "EmbedData").url,
                arguments: [output.path, datasets.path] + inputs.map(\.path),
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }
}
