import Foundation
import Glibc

/// Checks a whole log: every line's form and body, every hash, the chain from the first
/// record, and optionally that a head kept elsewhere is still in it. Reads only; takes no
/// lock, so it can run while the hall is open.
public enum LogVerifier {
    /// - Parameter expectedHead: a (seq, hash) noted earlier, e.g. from a daily report;
    ///   the log must still contain that record. Without one, deleting records from the
    ///   end of a log cannot be detected.
    public static func verify(url: URL, expectedHead: (seq: Int, hash: String)? = nil) -> VerifyReport {
        let file: OpenFile
        let size: UInt64
        do throws(LogFailure) {
            file = try OpenFile.openTrusted(url.path, flags: O_RDONLY)
            size = try file.size()
        } catch {
            return VerifyReport(recordCount: 0, head: .empty, fileSize: 0, problem: nil, failure: error)
        }
        defer { file.close() }
        var reader = ChainReader(after: .empty)
        var kept: LogRecord?
        let stop: ChainReader.Stop
        do throws(LogFailure) {
            stop = try reader.read(file, to: size, checkBodies: true) { record in
                if record.seq == expectedHead?.seq { kept = record }
            }
        } catch {
            return VerifyReport(recordCount: reader.head.seq, head: reader.head, fileSize: size, problem: nil, failure: error)
        }
        let head = reader.head
        func report(_ problem: VerifyReport.Problem?) -> VerifyReport {
            VerifyReport(recordCount: head.seq, head: head, fileSize: size, problem: problem, failure: nil)
        }
        switch stop {
        case .incomplete(let offset):
            return report(.init(seq: head.seq + 1, line: head.seq + 1, offset: offset, defect: .incompleteLine, followedByValidRecords: false))
        case .unfinishedBatch(let offset, let seq):
            return report(.init(seq: seq, line: seq, offset: offset, defect: .unfinishedBatch, followedByValidRecords: false))
        case .bad(let bad):
            let after = (try? ChainReader.hasValidRecord(file, from: bad.offset + 1, to: size)) ?? true
            return report(.init(seq: bad.seq, line: bad.line, offset: bad.offset, defect: bad.defect, followedByValidRecords: after))
        case .end:
            break
        }
        if let expectedHead, expectedHead.seq > 0 {
            guard let kept else {
                return report(.init(seq: expectedHead.seq, line: expectedHead.seq, offset: size, defect: .headMissing, followedByValidRecords: false))
            }
            if kept.hash != expectedHead.hash.lowercased() {
                return report(.init(seq: kept.seq, line: kept.seq, offset: kept.offset, defect: .headMismatch, followedByValidRecords: true))
            }
        }
        return report(nil)
    }
}
