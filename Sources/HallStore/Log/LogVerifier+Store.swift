extension LogVerifier {
    /// Checks a whole log kept by `store` rather than in a file (a hall in PostgreSQL): every
    /// record rebuilt into its line and checked against its own hash and the one before it
    /// as the store reads it, its body and timestamp checked as the file verifier checks a
    /// line's (a row a table owner wrote with a hash of its own making passes the chain but
    /// not this), and optionally that a head kept elsewhere is still in it. The report
    /// speaks of the log's file form: lines are records, offsets and size the file's.
    public static func verify(store: any EventStore, expectedHead: (seq: Int, hash: String)? = nil) -> VerifyReport {
        var head = LogHead.empty
        var kept: LogRecord?
        /// The first record whose body or timestamp is not what a writer writes.
        var malformed: (record: LogRecord, defect: RecordDefect)?
        func report(_ problem: VerifyReport.Problem?, failure: LogFailure? = nil) -> VerifyReport {
            VerifyReport(recordCount: head.seq, head: head, fileSize: head.endOffset, problem: problem, failure: failure)
        }
        do throws(LogFailure) {
            try store.replay(after: 0) { record in
                if record.seq == expectedHead?.seq { kept = record }
                if malformed == nil, let defect = Self.defect(of: record) { malformed = (record, defect) }
                head = record.head
            }
        } catch {
            guard case .corrupt(let seq, _, let defect) = error else { return report(nil, failure: error) }
            return report(.init(seq: seq, line: seq, offset: head.endOffset, defect: defect, followedByValidRecords: true))
        }
        if let (record, defect) = malformed {
            return report(.init(seq: record.seq, line: record.seq, offset: record.offset, defect: defect,
                                followedByValidRecords: record.seq < head.seq))
        }
        if let expectedHead, expectedHead.seq > 0 {
            guard let kept else {
                return report(.init(seq: expectedHead.seq, line: expectedHead.seq, offset: head.endOffset, defect: .headMissing,
                                    followedByValidRecords: false))
            }
            if kept.hash != expectedHead.hash.lowercased() {
                return report(.init(seq: kept.seq, line: kept.seq, offset: kept.offset, defect: .headMismatch, followedByValidRecords: true))
            }
        }
        return report(nil)
    }

    /// What the file verifier would say of `record`'s body and timestamp, if anything.
    static func defect(of record: LogRecord) -> RecordDefect? {
        record.body.withUnsafeBytes { RecordScanner.bodyDefect($0, timestamp: record.timestamp) }
    }
}
