/// The questions the counter pane asks before a command; while one is open it takes
/// every key.
enum CounterDialog: Sendable, Equatable {
    /// The queue to move the slip in hand to, picked from the hall's other queues: typing
    /// narrows, ↑↓ choose, and a letter that names no queue is answered in the dialog.
    case transfer(slip: String, Prompt, PickList)
    /// The no-show slip number to put back in its queue.
    case reinstate(Prompt)
    case pause(Prompt)
    /// 指定呼叫, first the number…
    case callGivenNumber(Prompt)
    /// …then the reason the log records with the call.
    case callGivenReason(slip: String, Prompt)
    /// The customer's rating of the service just finished: 1, 2 or 3; Esc leaves it unrated.
    /// `error` answers any other key, inside the dialog where the clerk is looking.
    case rate(error: String?)
    /// Closing ends the clerk's hold on the counter: `y` confirms, anything else cancels.
    case confirmClose
    /// The counter is open on another terminal or held by a colleague: `y` takes it over
    /// (recorded in the log), anything else leaves it where it is. `question` says where,
    /// by whom and since when.
    case confirmTakeOver(question: String)
}
