import TermUI
import HallDomain

/// What a work-order pane is asking about while a dialog is open, so the answer becomes
/// the right command.
enum WorkOrderAsk: Sendable, Equatable {
    case filter, jump
    /// A customer's history, shown until Esc.
    case customerHistory
    case newOrder
    case dispatch(orders: [String])
    case push(orders: [String], level: PushLevel)
    case recall(order: String)
    case confirmReturn(order: String)
    case rejectReturn(order: String)
    case review(order: String)
    case sendBack(order: String)
    /// The follow-up asks the method first (with the phone to call), then the satisfaction, then the note.
    case followUp(order: String)
    case followUpSatisfaction(order: String, method: FollowUpMethod)
    case followUpNote(order: String, satisfaction: Satisfaction, method: FollowUpMethod)
    case close(order: String)
    case rule(order: String)
    case invite(order: String)
    case finding(order: String)
    /// A batch action shown before it is done; y performs all of it.
    case preview([WorkOrderCommand])
    case contact(order: String)
    case note(order: String)
    case reply(order: String)
    case returnOrder(order: String)
    case classify(order: String)
    case returnUp(order: String)
    case interim(order: String)
    case complainedAbout(order: String)
}

/// The dialog a work-order pane has open.
enum WorkOrderDialog: Sendable, Equatable {
    case prompt(WorkOrderAsk, Prompt)
    case form(WorkOrderAsk, Form)
    case choice(WorkOrderAsk, Choice)

    var view: DialogView {
        switch self {
        case .prompt(_, let prompt): prompt.view
        case .form(_, let form): form.view
        case .choice(_, let choice): choice.view
        }
    }

    /// The same dialog, still holding what was typed, saying why its answer was refused.
    func withError(_ text: String) -> WorkOrderDialog {
        switch self {
        case .prompt(let ask, var prompt):
            prompt.error = text
            return .prompt(ask, prompt)
        case .form(let ask, var form):
            form.error = text
            return .form(ask, form)
        case .choice: return self
        }
    }

    /// Prompts and forms take letters as text; a choice takes them as answers.
    var capturesText: Bool {
        if case .choice = self { return false }
        return true
    }
}

extension WorkOrderDialog {
    /// What one key did to the dialog: still open (as it now is), cancelled, or answered.
    enum Outcome: Equatable {
        case open(WorkOrderDialog)
        case cancelled
        case text(WorkOrderAsk, String)
        case values(WorkOrderAsk, [String])
        case chosen(WorkOrderAsk, Character)
    }

    func feed(_ key: Key) -> Outcome {
        switch self {
        case .prompt(let ask, var prompt):
            switch prompt.handle(key) {
            case .editing: return .open(.prompt(ask, prompt))
            case .cancelled: return .cancelled
            case .submitted(let text): return .text(ask, text)
            }
        case .form(let ask, var form):
            switch form.handle(key) {
            case .editing: return .open(.form(ask, form))
            case .cancelled: return .cancelled
            case .submitted(let values): return .values(ask, values)
            }
        case .choice(let ask, let choice):
            switch choice.handle(key) {
            case .open: return .open(self)
            case .cancelled: return .cancelled
            case .chosen(let option): return .chosen(ask, option)
            }
        }
    }
}
