/// The state of a hall derived from its log: `events.reduce(.initial, evolve)`.
///
/// Codable so that a snapshot of it can stand in for replaying the log from the start.
/// Later capabilities (queues, counters, work orders) add their parts here.
public struct HallState: Codable, Sendable, Equatable {
    /// The sequence number of the last event folded in; 0 for a new hall.
    public var lastSeq: Int
    /// The log timestamp of the last event folded in, as written.
    public var lastEventAt: String?
    /// Every repair of a torn log tail, oldest first, so that nobody can miss one.
    public var repairs: [LogRepaired]
    /// Records written by a newer HallDesk that this one could not read, by type.
    public var unrecognised: [String: Int]

    public static let initial = HallState(lastSeq: 0, lastEventAt: nil, repairs: [], unrecognised: [:])

    public init(lastSeq: Int, lastEventAt: String?, repairs: [LogRepaired], unrecognised: [String: Int]) {
        self.lastSeq = lastSeq
        self.lastEventAt = lastEventAt
        self.repairs = repairs
        self.unrecognised = unrecognised
    }
}
