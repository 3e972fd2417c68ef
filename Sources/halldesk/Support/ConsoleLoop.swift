import Foundation
import HallConsole
import HallSession
import TermCurses
import TermUI

/// The console's one thread: poll the log, redraw when something changed, wait up to
/// 100 ms for a key. The short wait is the clock tick and the log poll at once, so another
/// terminal's action shows here within about a tenth of a second.
///
/// Keys already waiting are handled before the next frame is drawn: a paste of ten
/// thousand characters is ten thousand keys, and a frame after each would keep the
/// terminal busy for minutes.
struct ConsoleLoop {
    let session: ConsoleSession
    let terminal: CursesTerminal
    let theme: Theme
    var model: ConsoleModel
    /// During `halldesk demo`, the demo's clock: the console shows and acts at simulated
    /// time, and the demo keys reach it. Otherwise the wall clock, moved by `clockOffset`.
    var demo: DemoPace?
    /// How far ahead of the wall clock this console runs (`ScriptClock.offset`: a practice
    /// folder's `HALLDESK_NOW`); 0 in a live hall.
    var clockOffset: TimeInterval = 0

    /// Opens the terminal, runs the console until `q` and restores the terminal, also when
    /// the loop ends by an error.
    static func run(session: ConsoleSession, theme: Theme, model: ConsoleModel, demo: DemoPace? = nil, clockOffset: TimeInterval = 0) {
        let terminal = CursesTerminal(theme: theme)
        defer { terminal.end() }
        var loop = ConsoleLoop(session: session, terminal: terminal, theme: theme, model: model, demo: demo, clockOffset: clockOffset)
        loop.run()
    }

    private var now: Date { demo?.now ?? Date(timeIntervalSinceNow: clockOffset) }

    mutating func run() {
        var shown: (clock: String, size: Size, demo: DemoFacts?)?
        var dirty = true
        /// A key that was already waiting when the last one had been handled.
        var queued: Key?
        while true {
            let now = now
            if session.poll(showing: model.pane, now: now) { dirty = true }
            let size = terminal.size
            var facts = session.facts(now: now, showing: model.pane)
            facts.demo = demo?.facts
            if queued == nil, dirty || shown?.clock != facts.clock || shown?.size != size || shown?.demo != facts.demo {
                terminal.flush(ConsoleView.render(model: model, state: session.replica.state, facts: facts, size: size, theme: theme))
                shown = (facts.clock, size, facts.demo)
                dirty = false
            }
            guard let key = queued ?? terminal.nextKey(timeoutMilliseconds: 100) else { continue }
            queued = nil
            dirty = true
            defer { queued = terminal.nextKey(timeoutMilliseconds: 0) }
            guard key != .resize else { continue }
            switch model.handle(key, facts: facts, size: size, state: session.replica.state) {
            case .quit: return
            case .demo(let control):
                demo?.control(control)
            case let outcome:
                session.dispatch(outcome, to: &model, now: self.now)
            }
        }
    }
}
