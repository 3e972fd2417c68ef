import ArgumentParser
import Foundation
import HallSession
import HallStore

/// `halldesk voice`: the announcements without a board, for a box that has speakers but
/// no screen. Reads the log only, like the board; Ctrl-C ends it.
struct VoiceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "voice",
        abstract: "只播报叫号和重呼（不显示）：按 hall.toml 的 [voice]，普通话两遍，按设置再加粤语一遍。",
        discussion: "跟随日志，只读，不需要工号。Ctrl-C 结束。有屏幕的机器用 halldesk display --voice。"
    )

    @OptionGroup var dataOptions: DataOptions

    func run() throws {
        let files = try HallFiles.open(dataOptions)
        let announcer = try VoiceSetup.announcer(for: files)
        let replica = files.replica()
        var follower = CallFollower(replica: replica, announcer: announcer)
        // Written at once, not buffered: whoever started it may wait for this line.
        FileHandle.standardOutput.write(Data("正在播报 \(files.hall.name) 的叫号（Ctrl-C 结束）。\n".utf8))
        var reported: String?
        while true {
            replica.refresh()
            follower.announceNew()
            if let problem = announcer.lastProblem, problem != reported {
                FileHandle.standardError.write(Data("语音播报失败：\(problem)\n".utf8))
                reported = problem
            }
            Thread.sleep(forTimeInterval: 0.1)
        }
    }
}
