import Foundation
import HallDomain

/// Hands one spooled message to the configured sender command, without a shell: exit
/// status 0 is delivery, anything else a failure with its status and (masked) error output.
public enum NoticeSender {
    public static func send(_ config: NoticeConfig, phone: String, file: String) -> NoticeResult {
        let words = config.senderWords(phone: phone, file: file)
        guard let program = words.first else { return .failed(exitStatus: nil, reason: "notices.toml 的 sender 为空") }
        switch ToolRun.run(URL(fileURLWithPath: program), Array(words.dropFirst())) {
        case .finished:
            return .delivered
        case .couldNotStart(let problem):
            return .failed(exitStatus: nil, reason: "短信网关命令无法启动：\(Masking.text(problem))")
        case let .failed(status, detail):
            let said = detail.isEmpty ? "" : "：\(String(Masking.text(detail).prefix(200)))"
            return .failed(exitStatus: Int(status), reason: "短信网关命令退出码 \(status)\(said)")
        }
    }
}
