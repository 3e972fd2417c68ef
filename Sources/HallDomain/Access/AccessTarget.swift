/// What an action touches, as far as the permission matrix's scopes need to know: the
/// counter a clerk must hold, the order a department must own, the member whose PIN it is.
public enum AccessTarget: Sendable, Equatable {
    /// Nothing in particular (a door enquiry, a new order, an export).
    case hall
    case counter(Int)
    /// A slip; if it is in hand at a counter, that counter.
    case slip(String)
    /// A slip issued past the checklist, approved by the named member (nil: no override).
    case override(approvedBy: String?)
    case order(String)
    case improvementCase(String)
    case member(String)
}

/// An action and what it touches: what `Permission.check` is asked about.
public struct Access: Sendable, Equatable {
    public var action: Action
    public var target: AccessTarget

    public init(_ action: Action, _ target: AccessTarget = .hall) {
        self.action = action
        self.target = target
    }
}
