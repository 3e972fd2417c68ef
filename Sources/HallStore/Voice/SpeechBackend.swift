import Foundation

/// One engine that says one sentence in one voice and returns when it has finished, so the
/// announcer can keep announcements one at a time. `name` is a file name stem unique to the
/// utterance, for backends that write files.
public protocol SpeechBackend: Sendable {
    func speak(_ text: String, voice: String, name: String) throws(VoiceFailure)
}

/// Why an utterance was not spoken, in words for the board's status line.
public struct VoiceFailure: Error, Sendable, Equatable {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }
}

/// Runs a program found on PATH with arguments and waits for it; its error output becomes
/// the failure's detail.
enum SpeechProcess {
    static func run(_ program: String, _ arguments: [String]) throws(VoiceFailure) {
        let search = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        guard let path = ToolRun.locate(program, searchPath: search) else {
            throw VoiceFailure("找不到语音程序 \(program)：请 apt-get install espeak-ng，或改 hall.toml 的 [voice]")
        }
        switch ToolRun.run(path, arguments) {
        case .finished: return
        case .couldNotStart(let reason): throw VoiceFailure("语音程序 \(path.path) 无法启动：\(reason)")
        case let .failed(status, detail):
            throw VoiceFailure("语音程序 \(program) 出错（退出码 \(status)）\(detail.isEmpty ? "" : "：" + detail)")
        }
    }
}
