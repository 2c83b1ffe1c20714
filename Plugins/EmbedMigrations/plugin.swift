import Foundation
import PackagePlugin

/// Embeds every `migrations/*.sql` file of the package into the target that uses this plugin,
/// so `rfm-nightly migrate` works from a binary copied anywhere.
@main
struct EmbedMigrations: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let directory = context.package.directoryURL.appending(path: "migrations")
        let files = try FileManager.default
            .contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "sql" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedMigrations.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(files.count) migrations",
                executable: try context.tool(named: "MigrationEmbedder").url,
                // The directory too: adding a file changes it, which reruns the command, and the
                // embedder lists the directory itself (the list above is as of planning).
                arguments: [output.path(), directory.path()],
                inputFiles: [directory] + files,
                outputFiles: [output]
            ),
        ]
    }
}
