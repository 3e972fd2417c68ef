/// Where the guide's keys go. No focus makes letters commands: in the search field and
/// the phone field they are text, and on the form a letter starts a new search (commands
/// are F-keys), so `dk` typed after choosing a business never records a door answer and
/// `q` never quits the console.
enum GuideFocus: Sendable, Equatable {
    case search
    /// The form below the search: ↑↓ move over its rows (`GuideRow`), space ticks or changes.
    case form
    case phone
}
