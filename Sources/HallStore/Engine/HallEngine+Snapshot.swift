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
    public func takeSnapshot(into store: any SnapshotStorage, now: Date) throws(EngineFailure) -> LogHead {
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
            try store.keep(encoded)
        } catch {
            throw .log(error)
        }
        return encoded.head
    }
}
