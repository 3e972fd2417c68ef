import Foundation
import HallConsole
import HallDomain
import HallStore
import TermUI

/// Key to frame for each pane at 200×60, on a hall with 5,000 open work orders and 300
/// customers waiting: `ConsoleModel.handle` of one key, then `ConsoleView.render` of the
/// whole screen into a `Buffer`. The curses diff and the terminal's write are not in it
/// (they need a terminal); they send only the cells that changed.
///
/// The keys move the cursor (down, down, up, page down, page up, ...) as someone reading
/// the pane does; no key performs a command, so the state stays the same throughout.
func benchFrames(_ figures: Figures, keys: Int = 300) throws {
    var history = try HallHistory(seeds: seedsFolder())
    let now = try history.busyMorning(orders: 5000, waiting: 300)
    let state = history.state
    let catalog = history.catalog
    let open = state.workOrders.orders.count { $0.status != .closed }
    let waiting = state.today.waiting(in: catalog.queues.map(\.letter)).count
    // Someone who holds every role sees every pane with its full content.
    let member = StaffMember(id: "A01", name: "值班所长", roles: Role.allCases, department: "营销部", login: "root")
    // The console works the queues' figures out once per log change and minute (ConsoleSession);
    // a key that only moves a cursor reuses them. That once is measured on its own.
    var estimates: [Double] = []
    var queues: [QueueSummary] = []
    for _ in 0..<21 { estimates.append(timed { queues = state.queueSummaries(catalog: catalog, now: now) }) }
    figures.add("queue_figures_p50", median(estimates), "ms", digits: 2,
                "every queue's figures with the forward-simulation estimate, \(waiting) waiting: once per log change or minute, median of 21")
    // The same for the work orders' standings, which the work-order panes list (ConsoleSession).
    var measurings: [Double] = []
    var standings: WorkOrderStandings?
    for _ in 0..<21 {
        measurings.append(timed { standings = WorkOrderStandings(book: state.workOrders, settings: history.settings, now: now) })
    }
    figures.add("work_order_standings_p50", median(measurings), "ms", digits: 2,
                "every work order's deadline standing, ranked and sorted into sections, \(open) open: once per log change or minute, median of 21")
    let facts = ConsoleFacts(
        catalog: catalog, login: "root", member: member, terminal: "tty-bench", dataFolder: "/tmp/hall",
        log: LogStatus(records: state.lastSeq, lastWrite: state.lastEventAt, check: .wholeChain, readOnlyReason: nil),
        recent: Array(history.recent.suffix(HallReplica.recentLimit)), now: now, clock: "10:00", workOrderSettings: history.settings,
        queues: queues, workOrders: standings)
    let size = Size(width: 200, height: 60)
    let cycle: [Key] = [.down, .down, .down, .up, .pageDown, .down, .up, .pageUp, .character("j"), .character("k")]
    var model = ConsoleModel(start: .home, counter: 1, department: "营销部")
    for pane in model.panes {
        model.pane = pane
        var times: [Double] = []
        for index in 0..<keys {
            var frame: Buffer?
            times.append(timed {
                _ = model.handle(cycle[index % cycle.count], facts: facts, size: size, state: state)
                frame = ConsoleView.render(model: model, state: state, facts: facts, size: size, theme: .standard)
            })
            guard model.pane == pane, frame != nil else { throw BenchFailure("a key left the \(pane) pane") }
        }
        let name = "\(pane)".lowercased()
        figures.add("frame_\(name)_p50", median(times), "ms", digits: 2,
                    "key → ConsoleView.render at 200×60, pane \(pane.title), \(open) open work orders, \(waiting) waiting, median of \(keys) keys")
        figures.add("frame_\(name)_p99", percentile(times, 0.99), "ms", digits: 2, "the same, 99th percentile", goal: .atMost(10))
    }
}
