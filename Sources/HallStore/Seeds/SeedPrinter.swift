import Foundation

/// The `[printer]` table of `hall.toml`: which receipt printer this hall's terminals use.
/// A relative `path` for the `file` kind is taken inside the data folder, so a new hall
/// prints to `printouts.txt` beside its log until a real printer is configured.
public enum SeedPrinter {
    private struct File: Decodable {
        var printer: [String: String]?
    }

    /// The configured printer, or nil when `hall.toml` has no `[printer]` table.
    public static func load(_ hallTOML: URL, dataFolder: URL) throws(SeedError) -> PrinterConfig? {
        guard let table = try SeedTOML.decode(File.self, from: hallTOML).printer else { return nil }
        var config: PrinterConfig
        do {
            config = try PrinterConfig.parse(table)
        } catch {
            throw SeedError(file: hallTOML.lastPathComponent, problem: "[printer] \(error.message)")
        }
        if case .file(let path) = config.destination, !path.hasPrefix("/") {
            config.destination = .file(path: dataFolder.appendingPathComponent(path).path)
        }
        return config
    }
}
