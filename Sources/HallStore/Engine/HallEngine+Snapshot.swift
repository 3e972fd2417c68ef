import Foundation
import HallDomain

extension HallEngine {
    /// Takes a snapshot of the hall's state into `store`, bound to the log: the state is
    /// encoded at the head it was built from, the `snapshotTaken` record naming its SHA-256
    /// is appended expecting that head, and only once that record is durable are the bytes
    /// kept. If another terminal appended first, the state is built again and encoded
    /// afresh, as any command is decided again. A crash before the bytes are kept leaves
    /// the old snapshot, still matching its own earlier record.
    ///
    /// Returns the head the snapshot's state ends at.
    @discardableResult
    public func takeSnapshot(into store: any SnapshotStorage, keeping count: Int = SnapshotPolicy.defaults.keep,
                             now: Date) throws(EngineFailure) -> LogHead {
        var encoded: EncodedSnapshot?
        var unencodable: LogFailure?
        let replica = replica
        _ = try perform(now: now) { state, _ throws(HallRefusal) in
            do throws(LogFailure) {
                let snapshot = try store.encode(state, at: replica.head)
                encoded = snapshot
                return [.snapshotTaken(snapshot.taken)]
            } catch {
                unencodable = error
                return []
            }
        }
        if let unencodable { throw .log(unencodable) }
        guard let encoded else { throw .log(.stateNotEncodable) }
        do throws(LogFailure) {
            try store.keep(encoded, keeping: count)
        } catch {
            throw .log(error)
        }
        return encoded.head
    }

    /// Finishes the automatic snapshot whose bytes are ready (see `AutoSnapshot`): appends
    /// its `snapshotTaken` record expecting the head its state ends at, then has the bytes
    /// kept. With `wait` (a scripting command about to exit) it waits for the encoding and
    /// the write; without it (the console) it returns at once when the bytes are not ready.
    /// A record written meanwhile drops the snapshot: the next append decides again.
    ///
    /// The record is written by whoever is at the keyboard (the admin acting as someone,
    /// else the actor) and stamped with the time of the record it follows, so it never moves
    /// the log's clock past what a script or a terminal will write next.
    public func settleAutoSnapshot(wait: Bool) {
        guard let auto = autoSnapshot, let encoded = auto.take(wait: wait) else { return }
        replica.refresh()
        guard replica.head == encoded.head, replica.alarm == nil, store.writeProblem() == nil else { return }
        let record = encoded.record(actor: (admin ?? actor).id, terminal: terminal, timestamp: replica.lastRecordTime ?? Date())
        do throws(LogFailure) {
            _ = try store.append([record], expecting: encoded.head.seq)
        } catch {
            return
        }
        replica.refresh()
        auto.keep(encoded, lastRecord: replica.lastRecordTime, wait: wait)
    }
}
