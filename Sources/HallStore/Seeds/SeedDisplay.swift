import Foundation

/// The `[display]` table of hall.toml: what the public board says besides the calls.
public enum SeedDisplay {
    private struct File: Decodable {
        var display: Table?
    }

    private struct Table: Decodable {
        var notice: String?
    }

    /// The notice line at the foot of the board; nil when the hall set none.
    public static func notice(_ hallTOML: URL) throws(SeedError) -> String? {
        let notice = try SeedTOML.decode(File.self, from: hallTOML).display?.notice?.trimmingCharacters(in: .whitespacesAndNewlines)
        return notice?.isEmpty == false ? notice : nil
    }
}
