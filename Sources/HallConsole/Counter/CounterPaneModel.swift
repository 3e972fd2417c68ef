import HallDomain
import TermUI

/// The clerk's keys at one counter. Each asks for a command on that counter; the slip it
/// concerns is whatever the log says the counter holds, so the pane never guesses.
struct CounterPaneModel: Sendable, Equatable {
    var dialog: CounterDialog?
    var message: PaneMessage?

    var capturesText: Bool {
        switch dialog {
        case .transfer, .reinstate, .pause, .callGivenNumber, .callGivenReason, .rate: true
        case .confirmClose, .confirmTakeOver, nil: false
        }
    }

    /// `takeOver` is the question to ask before opening, when the counter is held on
    /// another terminal or by a colleague (see `CounterTakeOver`); `slipInHand` is read
    /// from the state at the time of the key, for transfer, and `transferTo` are the queues
    /// of the hall (「A 缴费与票据」), for the transfer pick list.
    mutating func handle(_ key: Key, counter: Int, slipInHand: String?, takeOver: String?,
                         transferTo: [String]) -> HallCommand? {
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
            dialog = .transfer(slip: slipInHand, Prompt(title: "转队", question: "把 \(slipInHand) 号转到哪个队？输入字母或选择（按原取号时间排队）："),
                               PickList(transferTo))
        case .character("g"):
            dialog = .callGivenNumber(Prompt(title: "指定呼叫", question: "请输入要叫的小票号（须是本窗口队列里等候中的号，如 A012）："))
        case .character("v"):
            dialog = .rate(error: nil)
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
        case .transfer(let slip, var prompt, var pick):
            return transfer(slip, key, prompt: &prompt, pick: &pick)
        case .callGivenNumber(var prompt):
            switch prompt.handle(key) {
            case .submitted(let number) where !number.isEmpty:
                self.dialog = .callGivenReason(slip: number.uppercased(), Prompt(title: "指定呼叫",
                    question: "为什么先叫 \(number.uppercased()) 号？请写明原因（如客户预约、资料已核验），原因记入日志："))
            case .cancelled: self.dialog = nil
            default: self.dialog = .callGivenNumber(prompt)
            }
            return nil
        case .callGivenReason(let slip, var prompt):
            let reply = prompt.handle(key)
            return answer(reply, keeping: .callGivenReason(slip: slip, prompt)) { .callSlip(counter: counter, slip: slip, reason: $0) }
        case .rate:
            if key == .escape {
                self.dialog = nil
                message = .note("未评价")
                return nil
            }
            guard case .character(let typed) = key, let rating = ServiceRating(text: String(typed)) else {
                self.dialog = .rate(error: "请按 1 非常满意、2 满意、3 不满意，或 Esc 不评价")
                return nil
            }
            self.dialog = nil
            return .rateService(counter: counter, rating: rating, source: .clerk)
        case .reinstate(var prompt):
            let reply = prompt.handle(key)
            return answer(reply, keeping: .reinstate(prompt)) { .reinstate(slip: $0.uppercased()) }
        case .pause(var prompt):
            let reply = prompt.handle(key)
            return answer(reply, keeping: .pause(prompt)) { .pauseCounter(counter: counter, reason: $0) }
        }
    }

    /// ↑↓ move through the queues, Enter takes the highlighted one, the only one the typing
    /// leaves, or the letter typed — if it names one of them; otherwise the dialog stays
    /// open and says so, so a stray letter is never a command.
    private mutating func transfer(_ slip: String, _ key: Key, prompt: inout Prompt, pick: inout PickList) -> HallCommand? {
        switch key {
        case .up, .down:
            pick.move(key == .down ? 1 : -1, text: prompt.field.text)
        case .enter:
            let typed = prompt.field.text.trimmingCharacters(in: .whitespaces).uppercased()
            let chosen = pick.picked(prompt.field.text) ?? pick.choices.first { $0.split(separator: " ").first.map(String.init) == typed }
            guard let chosen, let letter = chosen.split(separator: " ").first else {
                prompt.error = typed.isEmpty ? "请选择一个队列" : "没有可转入的「\(typed)」队：请从下列队列中选择"
                break
            }
            dialog = nil
            return .transfer(slip: slip, toQueue: String(letter))
        case .escape:
            dialog = nil
            return nil
        default:
            _ = prompt.handle(key)
            prompt.error = nil
            pick.highlighted = nil
        }
        dialog = .transfer(slip: slip, prompt, pick)
        return nil
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
