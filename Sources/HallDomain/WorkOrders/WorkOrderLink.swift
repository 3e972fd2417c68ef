/// One end of a link as the order holds it: the other order and why they are tied.
public struct WorkOrderLink: Sendable, Equatable, Hashable, Codable {
    public var other: String
    public var reason: LinkReason

    public init(other: String, reason: LinkReason) {
        self.other = other
        self.reason = reason
    }
}
