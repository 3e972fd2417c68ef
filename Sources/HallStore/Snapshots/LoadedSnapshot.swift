/// What loading the snapshots found (see `SnapshotStorage.load`).
public enum LoadedSnapshot<S> {
    /// There is no snapshot: start from the beginning, nothing to say.
    case absent
    /// A snapshot matches the log: its state is the state after `head`. `setAside` says, in
    /// Chinese, why each newer snapshot was not used (empty when the newest was).
    case matching(state: S, head: LogHead, setAside: [String])
    /// There are snapshots but none may be used; `reason` says why, in Chinese.
    case rejected(reason: String)
}
