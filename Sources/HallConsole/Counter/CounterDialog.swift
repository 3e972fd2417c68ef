/// The questions the counter pane asks before a command; while one is open it takes
/// every key.
enum CounterDialog: Sendable, Equatable {
    /// The queue letter to move the slip in hand to.
    case transfer(slip: String, Prompt)
    /// The no-show slip number to put back in its queue.
    case reinstate(Prompt)
    case pause(Prompt)
    /// Closing ends the clerk's hold on the counter: `y` confirms, anything else cancels.
    case confirmClose
    /// The counter is open on another terminal or held by a colleague: `y` takes it over
    /// (recorded in the log), anything else leaves it where it is. `question` says where,
    /// by whom and since when.
    case confirmTakeOver(question: String)
}
