import Foundation

/// A colour theme as written in `themes/*.toml`: meanings mapped to colour and emphasis
/// names. The store only reads the file; the console turns the names into its own types,
/// because the store knows nothing of the terminal.
public struct ThemeFile: Sendable, Equatable, Decodable {
    public struct RoleLook: Sendable, Equatable, Decodable {
        public var foreground: String?
        public var background: String?
        public var emphasis: [String]?
    }

    public var name: String
    /// `unicode` (┌─┐) or `ascii` (+-|).
    public var borders: String
    public var roles: [String: RoleLook]

    public static func load(_ url: URL) throws(SeedError) -> ThemeFile {
        let file = try SeedTOML.decode(ThemeFile.self, from: url)
        guard ["unicode", "ascii"].contains(file.borders) else {
            throw SeedError(file: url.lastPathComponent, problem: "borders 只能是 unicode 或 ascii")
        }
        return file
    }
}
