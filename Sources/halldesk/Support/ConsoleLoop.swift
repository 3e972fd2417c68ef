import Foundation
import HallConsole
import TermCurses
import TermUI

/// The console's one thread: poll the log, redraw when something changed, wait up to
/// 100 ms for a key. The short wait is the clock tick and the log poll at once.
struct ConsoleLoop {
    let session: ConsoleSession
    let terminal: CursesTerminal
    let theme: Theme

    func run() {
        var model = ConsoleModel()
        var shown: (clock: String, size: Size)?
        var dirty = true
        while true {
            if session.replica.refresh() { dirty = true }
            let now = Date()
            let size = terminal.size
            let facts = session.facts(now: now)
            if dirty || shown?.clock != facts.clock || shown?.size != size {
                terminal.flush(ConsoleView.render(model: model, state: session.replica.state, facts: facts, size: size, theme: theme))
                shown = (facts.clock, size)
                dirty = false
            }
            guard let key = terminal.nextKey(timeoutMilliseconds: 100) else { continue }
            dirty = true
            if key != .resize, model.handle(key, facts: facts, size: size) == .quit { return }
        }
    }
}
