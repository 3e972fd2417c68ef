/// What the sender command made of one notice, as `notify` reports it to the domain.
public enum NoticeResult: Sendable, Equatable {
    case delivered
    /// `exitStatus` nil when the command could not be run or was killed by a signal.
    case failed(exitStatus: Int?, reason: String)
}
