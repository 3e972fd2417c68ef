import Foundation

/// One counter, one terminal: a counter open on one terminal is worked only from there.
/// A second terminal that opens it is told where it is open, by whom and since when, and
/// may take it over only by asking for that explicitly (the console asks y/N, the command
/// line wants `--take-over`). The take-over is an event, so the log shows who moved the
/// counter and from where; the first terminal's next action is refused with the reason.
/// Two terminals can therefore never both call for one counter, even for a moment.
extension Decision {
    func takeOverCounter(counter number: Int) throws(HallRefusal) -> [Event] {
        _ = try definition(number)
        let status = day.counter(number)
        guard status.state != .closed else {
            throw HallRefusal(.counterClosed, "\(number) 号窗口未开放，无需接管，请直接开放窗口")
        }
        guard status.needsTakeOver(clerk: actor.id, terminal: terminal) else {
            throw HallRefusal(.counterAlreadyOpen, "\(number) 号窗口已在本终端由您开放，无需接管，可直接叫号")
        }
        return [.counterTakenOver(CounterTakenOver(businessDay: businessDay, counter: number, clerk: actor.id, terminal: terminal,
                                                   previousClerk: status.clerk, previousTerminal: status.terminal))]
    }

    /// Whether the counter is worked from a terminal other than this one. Unknown terminals
    /// (a log written before they were recorded, a decision without one) never differ.
    func isElsewhere(_ status: CounterStatus) -> Bool {
        guard let held = status.terminal, let terminal else { return false }
        return held != terminal
    }

    func onOtherTerminal(_ status: CounterStatus) -> HallRefusal {
        HallRefusal(.counterOnOtherTerminal, "\(status.number) 号窗口已在终端 \(status.terminal ?? "未知") 上由 \(holder(status))\(since(status))开放，本终端不能操作。要改在本终端办理，请确认接管（界面按 y；命令行 halldesk counter open --take-over），接管后原终端不能再操作")
    }

    /// The holder by name and staff id, as a clerk knows colleagues.
    func holder(_ status: CounterStatus) -> String {
        status.clerk.map { id in catalog.roster.member(id: id).map { "\($0.name)（\(id)）" } ?? id } ?? "他人"
    }

    private func since(_ status: CounterStatus) -> String {
        status.heldSince.map { "于 \(LocalTime($0, in: catalog.hall.zone).minuteText) " } ?? ""
    }
}
