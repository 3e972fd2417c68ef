/// What loading a snapshot found (see `SnapshotStorage.load`).
public enum LoadedSnapshot<S> {
    /// There is no snapshot: start from the beginning, nothing to say.
    case absent
    /// The snapshot matches the log: its state is the state after `head`.
    case matching(state: S, head: LogHead)
    /// There is a snapshot but it must not be used; `reason` says why, in Chinese.
    case rejected(reason: String)
}
