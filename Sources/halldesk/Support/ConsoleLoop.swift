import Foundation
import HallConsole
import TermCurses
import TermUI

/// The console's one thread: poll the log, redraw when something changed, wait up to
/// 100 ms for a key. The short wait is the clock tick and the log poll at once, so another
/// terminal's action shows here within about a tenth of a second.
struct ConsoleLoop {
    let session: ConsoleSession
    let terminal: CursesTerminal
    let theme: Theme
    var model: ConsoleModel

    mutating func run() {
        var shown: (clock: String, size: Size)?
        var dirty = true
        while true {
            if session.replica.refresh() { dirty = true }
            let now = Date()
            if model.pane == .reports, session.monthReport == nil {
                session.refreshReport(now: now)
                dirty = true
            }
            let size = terminal.size
            let facts = session.facts(now: now)
            if dirty || shown?.clock != facts.clock || shown?.size != size {
                terminal.flush(ConsoleView.render(model: model, state: session.replica.state, facts: facts, size: size, theme: theme))
                shown = (facts.clock, size)
                dirty = false
            }
            guard let key = terminal.nextKey(timeoutMilliseconds: 100) else { continue }
            dirty = true
            guard key != .resize else { continue }
            switch model.handle(key, facts: facts, size: size, state: session.replica.state) {
            case .keepGoing: break
            case .quit: return
            case .perform(let command):
                for result in session.perform(command, now: Date()) { model.record(result) }
            case .performWorkOrders(let commands):
                model.record(session.perform(workOrders: commands, now: Date()))
            case .refreshReport:
                session.refreshReport(now: Date())
            }
        }
    }
}
