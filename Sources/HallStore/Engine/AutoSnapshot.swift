import Dispatch
import Foundation

/// A writer's automatic snapshots (issue 16): after an append that makes one due
/// (`HallReplica.snapshotDue`), a copy of the state is encoded on a background queue, so
/// the key that crossed the threshold returns as soon as its own record is durable.
///
/// Once the bytes are ready, `HallEngine.settleAutoSnapshot` (the console's once-a-second
/// log watch, or a scripting command before it exits) appends the `snapshotTaken` record
/// expecting the very head the state was built from, and only once that record is durable
/// hands the bytes back to the queue to be kept, as `SnapshotStorage.keep` requires. If any
/// record came first (this terminal's next key, another terminal) the append conflicts
/// and the bytes are dropped; the next append decides again on the log as it is then. A
/// console that quits while the bytes are being written leaves a record with no file:
/// start-up then uses the snapshot before (and the next write removes the temp file). Two
/// terminals racing therefore write one `snapshotTaken` per threshold: each expects its own
/// head, and whoever appends after the winner sees its record and is no longer due.
public final class AutoSnapshot: @unchecked Sendable {
    public let policy: SnapshotPolicy
    public let storage: any SnapshotStorage & Sendable
    /// Keeps the report checkpoints beside the log once a snapshot is kept, when set.
    public let reports: ReportCheckpointKeeper?
    private let queue = DispatchQueue(label: "halldesk.snapshot")
    private let lock = NSLock()
    /// Set while a snapshot is being encoded or waits for its record.
    private var inFlight = false
    /// The encoded bytes, once the queue has them.
    private var ready: Result<EncodedSnapshot, LogFailure>?

    public init(policy: SnapshotPolicy, storage: any SnapshotStorage & Sendable, reports: ReportCheckpointKeeper? = nil) {
        self.policy = policy
        self.storage = storage
        self.reports = reports
    }

    /// Starts encoding `replica`'s state if a snapshot is due and none is under way.
    func consider(_ replica: HallReplica) {
        guard !lock.withLock({ inFlight }), replica.snapshotDue(policy) else { return }
        lock.withLock { inFlight = true }
        let state = replica.state, head = replica.head
        let storage = storage
        queue.async { [self] in
            let encoded: Result<EncodedSnapshot, LogFailure>
            do throws(LogFailure) {
                encoded = .success(try storage.encode(state, at: head))
            } catch {
                encoded = .failure(error)
            }
            lock.withLock { ready = encoded }
        }
    }

    /// The encoded snapshot when it is ready (waiting for it with `wait`), taken out so it is
    /// settled once; nil while it is still being encoded or when there is none.
    func take(wait: Bool) -> EncodedSnapshot? {
        if wait, lock.withLock({ inFlight }) { queue.sync {} }
        return lock.withLock {
            guard let done = ready else { return nil }
            ready = nil
            inFlight = false
            return try? done.get()
        }
    }

    /// Keeps `snapshot`'s bytes on the queue (its record is durable), pruning to `policy.keep`,
    /// then the report checkpoints up to the month of `lastRecord` (the log's last record).
    func keep(_ snapshot: EncodedSnapshot, lastRecord: Date?, wait: Bool) {
        let storage = storage, keep = policy.keep, reports = reports
        queue.async {
            try? storage.keep(snapshot, keeping: keep)
            if let reports, let lastRecord { reports.keep(through: lastRecord) }
        }
        if wait { queue.sync {} }
    }
}
