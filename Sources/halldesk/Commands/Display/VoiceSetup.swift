import Foundation
import HallSession
import HallStore

/// The announcer hall.toml's `[voice]` describes, its folder made, or a refusal that says
/// what to fix, before a board or `halldesk voice` starts.
enum VoiceSetup {
    static func announcer(for files: HallFiles) throws -> Announcer {
        let config: VoiceConfig?
        do {
            config = try SeedVoice.load(files.folder.seedsURL.appendingPathComponent("hall.toml"), dataFolder: files.folder.url)
        } catch {
            throw fail("语音设置有误：\(error.description)")
        }
        guard let config else {
            throw fail("数据目录的 seeds/hall.toml 没有 [voice] 一节，不能播报。请加上 [voice] backend = \"espeak-ng\"，或去掉 --voice。")
        }
        switch config.backend {
        case .file(let folder), .command(_, let folder):
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        case .espeakNG:
            break
        }
        return Announcer(config: config)
    }
}
