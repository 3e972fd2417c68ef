import HallConsole
import HallDomain
import SnapshotAssert
import TermUI

/// Presses keys on a console model as a terminal would and renders what it shows, for the
/// pane tests.
struct PaneDriver {
    var model: ConsoleModel
    var state: HallState
    var facts = Fixtures.facts()
    var size = Size(width: 100, height: 30)

    init(_ model: ConsoleModel, state: HallState = .initial) {
        self.model = model
        self.state = state
    }

    /// Presses each key in turn; returns the outcome of the last.
    @discardableResult
    mutating func press(_ keys: Key...) -> ConsoleModel.Outcome {
        keys.map { model.handle($0, facts: facts, size: size, state: state) }.last ?? .keepGoing
    }

    /// Types text one character at a time, as a terminal delivers it.
    mutating func type(_ text: String) {
        for character in text { _ = model.handle(.character(character), facts: facts, size: size, state: state) }
    }

    func render(size: Size? = nil) -> Buffer {
        ConsoleView.render(model: model, state: state, facts: facts, size: size ?? self.size, theme: .standard)
    }

    var lines: [String] { snapshotLines(render()) }

    func contains(_ text: String) -> Bool { lines.contains { $0.contains(text) } }

    /// The role of the first cell of the first occurrence of `text` on screen.
    func role(of text: String) -> ThemeRole? {
        let buffer = render()
        guard let row = lines.firstIndex(where: { $0.contains(text) }), let first = text.first else { return nil }
        return (0..<buffer.size.width).first { buffer[$0, row].character == first }.map { buffer[$0, row].role }
    }
}
