import HallDomain

/// What `q` asks before leaving a counter's terminal while the counter holds a called or
/// served slip. Leaving does not close the counter: the board would go on showing it open
/// with that slip, and the customer would wait for a clerk who has gone.
enum QuitQuestion {
    /// The question, or nil when leaving needs none.
    static func question(counter: Int?, facts: ConsoleFacts, state: HallState) -> String? {
        guard let counter else { return nil }
        let status = state.visibleDay(catalog: facts.catalog, now: facts.now).counter(counter)
        guard let slip = status.slipInHand else { return nil }
        return "\(counter) 号窗口还有 \(slip) 号在办。退出后窗口仍算开着，叫号屏也仍显示这个号。"
            + "请先按 f 办结（或 x 过号、t 转队），再按 c 关窗；确定就这样退出，按 y。"
    }
}
