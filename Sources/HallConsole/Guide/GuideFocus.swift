/// Where the guide's keys go. The checklist is the top level: there letters are commands
/// and `q` quits; in the two text fields letters are text.
enum GuideFocus: Sendable, Equatable {
    case search
    case checklist
    case phone
}
