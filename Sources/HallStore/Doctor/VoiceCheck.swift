import Foundation

/// Whether the voice hall.toml's `[voice]` names could speak on this machine: the engine
/// on PATH and, for espeak-ng, the Mandarin (and Cantonese) voice installed. Only the box
/// that runs `halldesk display --voice` needs them, so a missing engine is a warning, not
/// a problem, on every other terminal.
public enum VoiceCheck {
    public static func run(_ loading: Result<VoiceConfig?, SeedError>, searchPath: String) -> DoctorFinding {
        let config: VoiceConfig
        switch loading {
        case .failure(let error):
            return finding(.problem, "语音设置有误：\(error.description)", fix: "改正数据目录 seeds/hall.toml 的 [voice] 一节")
        case .success(nil):
            return finding(.ok, "未配置语音：叫号屏只显示、不播报")
        case .success(let loaded?):
            config = loaded
        }
        let program: String
        switch config.backend {
        case .espeakNG, .file: program = "espeak-ng"
        case .command(let template, _): program = template[0]
        }
        guard let path = locate(program, searchPath: searchPath) else {
            return finding(.warning, "本机找不到语音程序 \(program)：本机不能用 --voice 播报（其他终端无需播报可不理）",
                           fix: program == "espeak-ng" ? "在播报的那台机器上 apt-get install espeak-ng" : "安装该语音引擎，或改 hall.toml 的 [voice] command")
        }
        guard program == "espeak-ng" else { return finding(.ok, "语音程序 \(path) 已安装") }
        let wanted = Array(Set(config.utteranceVoices)).sorted()
        let missing = wanted.filter { !hasVoice($0, espeak: path) }
        guard missing.isEmpty else {
            return finding(.warning, "espeak-ng 缺少语音 \(missing.joined(separator: "、"))", fix: "apt-get install espeak-ng-data，或改 hall.toml 的 [voice] 语音名")
        }
        return finding(.ok, "espeak-ng 已安装，语音 \(wanted.joined(separator: "、")) 可用")
    }

    private static func locate(_ program: String, searchPath: String) -> String? {
        if program.contains("/") { return FileManager.default.isExecutableFile(atPath: program) ? program : nil }
        return searchPath.split(separator: ":").map { "\($0)/\(program)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// `espeak-ng --voices=NAME` lists the voices for that language; a header line alone means none.
    private static func hasVoice(_ voice: String, espeak: String) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: espeak)
        process.arguments = ["--voices=\(voice)"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return text.split(separator: "\n").dropFirst().contains { $0.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first == Substring(voice) }
    }

    private static func finding(_ level: DoctorFinding.Level, _ detail: String, fix: String? = nil) -> DoctorFinding {
        DoctorFinding(check: "叫号语音", key: "voice", level: level, detail: detail, fix: fix)
    }
}
