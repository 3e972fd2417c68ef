/// The slip a counter would call next and why, in words for the clerk's screen.
public struct CallChoice: Sendable, Equatable {
    public var slip: String
    public var reason: String

    public init(slip: String, reason: String) {
        self.slip = slip
        self.reason = reason
    }
}
