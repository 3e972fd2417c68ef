extension LogVerifier {
    /// Checks a whole log kept by `store` rather than in a file (a hall in PostgreSQL): every
    /// record rebuilt into its line and checked against its own hash and the one before it
    /// as the store reads it, and optionally that a head kept elsewhere is still in it. The
    /// report speaks of the log's file form: lines are records, offsets and size the file's.
    public static func verify(store: any EventStore, expectedHead: (seq: Int, hash: String)? = nil) -> VerifyReport {
        var head = LogHead.empty
        var kept: LogRecord?
        func report(_ problem: VerifyReport.Problem?, failure: LogFailure? = nil) -> VerifyReport {
            VerifyReport(recordCount: head.seq, head: head, fileSize: head.endOffset, problem: problem, failure: failure)
        }
        do throws(LogFailure) {
            try store.replay(after: 0) { record in
                if record.seq == expectedHead?.seq { kept = record }
                head = record.head
            }
        } catch {
            guard case .corrupt(let seq, _, let defect) = error else { return report(nil, failure: error) }
            return report(.init(seq: seq, line: seq, offset: head.endOffset, defect: defect, followedByValidRecords: true))
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
}
