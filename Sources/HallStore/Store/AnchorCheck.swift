/// What a store holds at a head someone kept (a snapshot's), see `EventStore.check`.
public enum AnchorCheck: Sendable, Equatable {
    /// The store has no such record there: the head was never this log's, or it changed.
    case notHeld
    /// The store holds the head; `next` is the record right after it, if a good one is there.
    case held(next: LogRecord?)
}
