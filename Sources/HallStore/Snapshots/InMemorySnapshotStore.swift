/// A snapshot kept in memory, for tests whose log is an `InMemoryEventStore`: bound to the
/// log and checked on loading exactly as the file is (see `SnapshotStorage`).
public final class InMemorySnapshotStore: SnapshotStorage {
    /// The bytes kept last, or nil before the first `keep`.
    public private(set) var bytes: [UInt8]?

    public init() {}

    public func storedBytes() -> [UInt8]? {
        bytes
    }

    public func replace(with bytes: [UInt8]) {
        self.bytes = bytes
    }
}
