/// Everything that can happen in a hall, as a fact in the log.
public enum Event: Sendable, Equatable {
    case logRepaired(LogRepaired)
    /// A record this version of HallDesk does not know (written by a newer one). Kept, not
    /// dropped: `evolve` must never fail on a fact, and replay must not lose its place.
    case unrecognised(type: String, version: Int)
}
