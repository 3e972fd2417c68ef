import Foundation
import HallConsole
import HallDomain
import HallSession
import HallStore
import TermCurses
import TermUI

/// The board's one thread, like the console's: poll the log, redraw when something
/// changed, wait up to 100 ms for `q`. A call on any counter therefore shows here within
/// about a tenth of a second, and its announcement is queued as soon as it is read.
struct DisplayLoop {
    let files: HallFiles
    let replica: HallReplica
    let notice: String?
    let announcer: Announcer?
    let now: () throws -> Date
    private var follower: CallFollower?
    private var queues = QueueFigures()

    init(files: HallFiles, replica: HallReplica, notice: String?, announcer: Announcer?, now: @escaping () throws -> Date) {
        self.files = files
        self.replica = replica
        self.notice = notice
        self.announcer = announcer
        self.now = now
        follower = announcer.map { CallFollower(replica: replica, announcer: $0) }
    }

    mutating func run(theme: Theme) {
        let terminal = CursesTerminal(theme: theme)
        defer { terminal.end() }
        var shown: (board: DisplayBoard, size: Size)?
        while true {
            replica.refresh()
            follower?.announceNew()
            let board = board(at: (try? now()) ?? Date())
            let size = terminal.size
            if shown?.board != board || shown?.size != size {
                terminal.flush(DisplayBoard.render(board, size: size, theme: theme))
                shown = (board, size)
            }
            switch terminal.nextKey(timeoutMilliseconds: 100) {
            case .character("q"), .character("Q"), .control("c"), .escape: return
            default: continue
            }
        }
    }

    private mutating func board(at now: Date) -> DisplayBoard {
        let summaries = queues.summaries(of: replica, catalog: files.catalog, now: now)
        let problem = announcer?.lastProblem.map { "语音播报失败：\($0)" }
        return DisplayBoard(hallName: files.hall.name, clock: LocalTime(now, in: files.timeZone).minuteText,
                            calls: replica.state.recentCalls(catalog: files.catalog, now: now, limit: 1 + DisplayBoard.historyCount),
                            queues: summaries, notice: problem ?? notice)
    }
}
