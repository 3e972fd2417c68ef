import HallDomain
import TermUI

/// The clerk's keys at one counter. Each asks for a command on that counter; the slip it
/// concerns is whatever the log says the counter holds, so the pane never guesses.
struct CounterPaneModel: Sendable, Equatable {
    var dialog: CounterDialog?
    var message: PaneMessage?

    var capturesText: Bool {
        switch dialog {
        case .transfer, .reinstate, .pause: true
        case .confirmClose, .confirmTakeOver, nil: false
        }
    }

    /// `takeOver` is the question to ask before opening, when the counter is held on
    /// another terminal or by a colleague (see `CounterTakeOver`); `slipInHand` is read
    /// from the state at the time of the key, for transfer.
    mutating func handle(_ key: Key, counter: Int, slipInHand: String?, takeOver: String?) -> HallCommand? {
        if let dialog { return handle(key, in: dialog, counter: counter) }
        switch key {
        case .character("o"):
            guard let takeOver else { return .openCounter(counter: counter) }
            dialog = .confirmTakeOver(question: takeOver)
        case .function(5), .character("n"): return .callNext(counter: counter)
        case .function(6), .character("r"): return .recall(counter: counter)
        case .function(7), .character("x"): return .markNoShow(counter: counter)
        case .character("b"): return .startService(counter: counter)
        case .function(9), .character("f"): return .finishService(counter: counter)
        case .character("t"):
            guard let slipInHand else {
                message = .error("\(counter) 号窗口当前没有叫号，没有可转队的号")
                return nil
            }
            dialog = .transfer(slip: slipInHand, Prompt(title: "转队", question: "把 \(slipInHand) 号转到哪个队？请输入队列字母（按原取号时间排队）："))
        case .character("i"):
            dialog = .reinstate(Prompt(title: "恢复过号", question: "请输入要恢复排队的过号小票号（如 A012）："))
        case .character("p"):
            dialog = .pause(Prompt(title: "暂停窗口", question: "请写明暂停原因（如午休、系统故障）："))
        case .character("c"): dialog = .confirmClose
        default: break
        }
        return nil
    }

    mutating func record(_ result: ActionResult) {
        switch result {
        case .done(let records): message = .ok(records.map { EventDescription.text(for: $0.event) }.joined(separator: "；"))
        case .refused(let text): message = .error(text)
        }
    }

    private mutating func handle(_ key: Key, in dialog: CounterDialog, counter: Int) -> HallCommand? {
        switch dialog {
        case .confirmClose:
            self.dialog = nil
            guard key == .character("y") || key == .character("Y") else {
                message = .note("未关窗")
                return nil
            }
            return .closeCounter(counter: counter)
        case .confirmTakeOver:
            self.dialog = nil
            guard key == .character("y") || key == .character("Y") else {
                message = .note("未接管，\(counter) 号窗口仍在原终端")
                return nil
            }
            return .takeOverCounter(counter: counter)
        case .transfer(let slip, var prompt):
            let reply = prompt.handle(key)
            return answer(reply, keeping: .transfer(slip: slip, prompt)) { .transfer(slip: slip, toQueue: $0.uppercased()) }
        case .reinstate(var prompt):
            let reply = prompt.handle(key)
            return answer(reply, keeping: .reinstate(prompt)) { .reinstate(slip: $0.uppercased()) }
        case .pause(var prompt):
            let reply = prompt.handle(key)
            return answer(reply, keeping: .pause(prompt)) { .pauseCounter(counter: counter, reason: $0) }
        }
    }

    /// Keeps the dialog open while editing or when submitted empty; closes it otherwise.
    private mutating func answer(_ reply: Prompt.Reply, keeping open: CounterDialog,
                                 command: (String) -> HallCommand) -> HallCommand? {
        switch reply {
        case .editing:
            dialog = open
        case .cancelled:
            dialog = nil
        case .submitted(let text):
            guard !text.isEmpty else {
                dialog = open
                return nil
            }
            dialog = nil
            return command(text)
        }
        return nil
    }
}
