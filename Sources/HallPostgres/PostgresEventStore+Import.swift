import HallStore

extension PostgresEventStore {
    /// Why a log could not be moved into this hall.
    public enum ImportRefusal: Error, Equatable {
        /// The hall already has records: an import would start a second history in it.
        case hallNotEmpty(records: Int)
        /// A record whose line the database's columns would not give back byte for byte.
        case notKeptAsIs(seq: Int)
        /// The server, or reading `source`, failed; nothing was imported.
        case log(LogFailure)
    }

    /// Moves a hall's whole log from `source` (a log file, verified first) into this hall,
    /// which must have no record: every record as it is, same seq, time, hash and offset, so
    /// an export gives the file back byte for byte. One transaction: the whole log or
    /// nothing, and a second importer racing this one meets the primary key. Returns how
    /// many records were moved. The transaction has a connection of its own, so that no
    /// other thread's statement on this store's (perhaps shared) link lands inside it.
    public func importRecords(from source: any EventStore) throws(ImportRefusal) -> Int {
        var refusal: ImportRefusal?
        do throws(LogFailure) {
            let own = PostgresLink(link.endpoint)
            defer { own.close() }
            let count = try own.transaction { () throws(LogFailure) -> Int in
                let current = try head(on: own)
                guard current == .empty else {
                    refusal = .hallNotEmpty(records: current.seq)
                    throw LogFailure.conflict(head: current)
                }
                var count = 0
                var failed: LogFailure?
                try source.replay(after: 0) { record in
                    guard refusal == nil, failed == nil else { return }
                    let rebuilt = RecordRows.line(
                        seq: record.seq, timestamp: record.timestamp, actor: record.actor, terminal: record.terminal, type: record.type,
                        version: record.version, body: record.body, prev: record.prev, offset: record.offset
                    )
                    guard rebuilt.bytes.count == record.length, rebuilt.record.hash == record.hash else {
                        refusal = .notKeptAsIs(seq: record.seq)
                        return
                    }
                    do throws(LogFailure) {
                        try insert(record, on: own)
                        count += 1
                    } catch {
                        failed = error
                    }
                }
                if let failed { throw failed }
                // Any refusal rolls the whole import back.
                if refusal != nil { throw LogFailure.conflict(head: current) }
                return count
            }
            announce()
            return count
        } catch {
            if let refusal { throw refusal }
            if PostgresLink.sqlState(error) == "23505" { throw .hallNotEmpty(records: (try? head().seq) ?? 0) }
            throw .log(error)
        }
    }
}
