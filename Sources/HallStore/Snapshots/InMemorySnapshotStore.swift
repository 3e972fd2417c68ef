import Foundation

/// Snapshots kept in memory, for tests whose log is an `InMemoryEventStore`: bound to the
/// log and checked on loading exactly as the files are (see `SnapshotStorage`). Locked,
/// because an automatic snapshot is kept from a background queue (see `AutoSnapshot`).
public final class InMemorySnapshotStore: SnapshotStorage, @unchecked Sendable {
    private let lock = NSLock()
    private var kept: [Int: [UInt8]] = [:]

    /// The bytes kept, by sequence number.
    public var stored: [Int: [UInt8]] { lock.withLock { kept } }

    public init() {}

    public func storedSeqs() -> [Int] {
        stored.keys.sorted(by: >)
    }

    public func storedBytes(seq: Int) -> [UInt8]? {
        stored[seq]
    }

    public func store(_ bytes: [UInt8], seq: Int) {
        lock.withLock { kept[seq] = bytes }
    }

    public func remove(seq: Int) {
        _ = lock.withLock { kept.removeValue(forKey: seq) }
    }

    public func legacyBytes() -> [UInt8]? { nil }

    public func removeLeftovers() {}
}
