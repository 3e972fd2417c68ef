import HallDomain

/// What the counter pane asks before opening a counter that is already open elsewhere:
/// on which terminal, by whom and since when, and what taking it over means. The rule
/// itself is the domain's (`CounterStatus.needsTakeOver`, enforced again in `decide`).
enum CounterTakeOver {
    /// The question, or nil when `o` may simply open (or resume) the counter.
    static func question(_ status: CounterStatus, facts: ConsoleFacts) -> String? {
        guard let member = facts.member, status.needsTakeOver(clerk: member.id, terminal: facts.terminal) else { return nil }
        let holder = status.clerk.map { id in facts.catalog.roster.member(id: id).map { "\($0.name)（\(id)）" } ?? id } ?? "他人"
        let place = status.terminal.map { "在终端 \($0) 上" } ?? ""
        let since = status.heldSince.map { "于 \(LocalTime($0, in: facts.hall.zone).minuteText) " } ?? ""
        return "\(status.number) 号窗口已\(place)由 \(holder) \(since)开放（\(status.state.chineseName)）。接管到本终端吗？接管会记入日志，之后原终端不能再操作这个窗口。"
    }
}
