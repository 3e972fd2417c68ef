import Foundation

/// The `[voice]` table of hall.toml: how `halldesk display --voice` speaks calls. A
/// relative `folder` is taken inside the data folder, like the printer's file.
public enum SeedVoice {
    private struct File: Decodable {
        var voice: Table?
    }

    private struct Table: Decodable {
        var backend: String
        var command: String?
        var folder: String?
        var mandarin_voice: String?
        var cantonese_voice: String?
        var mandarin_repeats: Int?
        var cantonese: Bool?
    }

    /// The configured voice, or nil when hall.toml has no `[voice]` table.
    public static func load(_ hallTOML: URL, dataFolder: URL) throws(SeedError) -> VoiceConfig? {
        guard let table = try SeedTOML.decode(File.self, from: hallTOML).voice else { return nil }
        let name = hallTOML.lastPathComponent
        func folder() -> String {
            let folder = table.folder ?? "voice"
            return folder.hasPrefix("/") ? folder : dataFolder.appendingPathComponent(folder).path
        }
        let backend: VoiceConfig.Backend
        switch table.backend {
        case "espeak-ng":
            backend = .espeakNG
        case "file":
            backend = .file(folder: folder())
        case "command":
            let words = (table.command ?? "").split(whereSeparator: \.isWhitespace).map(String.init)
            guard !words.isEmpty, words.contains(where: { $0.contains("{text}") }) else {
                throw SeedError(file: name, problem: "[voice] backend = \"command\" 需要 command，且其中要有 {text}，例如 command = \"myengine --voice {voice} {text}\"")
            }
            backend = .command(template: words, folder: folder())
        default:
            throw SeedError(file: name, problem: "[voice] backend = \"\(table.backend)\" 无效，应为 \"espeak-ng\"、\"command\" 或 \"file\"")
        }
        let repeats = table.mandarin_repeats ?? 2
        guard (1...3).contains(repeats) else {
            throw SeedError(file: name, problem: "[voice] mandarin_repeats 应为 1 到 3（普通话播几遍），缺省 2")
        }
        return VoiceConfig(backend: backend, mandarinVoice: table.mandarin_voice ?? "cmn", cantoneseVoice: table.cantonese_voice ?? "yue",
                           mandarinRepeats: repeats, cantonese: table.cantonese ?? false)
    }
}
