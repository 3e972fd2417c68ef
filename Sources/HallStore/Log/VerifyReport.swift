/// The outcome of `LogVerifier.verify`: how far the log is good, and the first problem.
public struct VerifyReport: Sendable, Equatable {
    /// The first thing wrong, located precisely.
    public struct Problem: Sendable, Equatable {
        /// The sequence number that belongs at that line.
        public let seq: Int
        /// 1-based line number in the file.
        public let line: Int
        /// Byte offset of the line.
        public let offset: UInt64
        public let defect: RecordDefect
        /// True if good records follow the bad line: corruption or tampering, not a torn
        /// tail from a crash.
        public let followedByValidRecords: Bool
    }

    /// The overall verdict, for exit codes and alarms.
    public enum Verdict: String, Sendable, Equatable {
        /// Every record and the chain check out (and the kept head, if one was given).
        case valid
        /// The last line has no newline, or the last batch is unfinished: a crash mid-write
        /// that the next writer will quarantine. No acknowledged record is affected.
        case tornTail
        /// A damaged, missing or reordered record, the last complete line included: raise
        /// the alarm.
        case corrupt
        /// The file could not be read at all.
        case unreadable
    }

    /// Good records from the start, in order, before the first problem.
    public let recordCount: Int
    /// The last good record.
    public let head: LogHead
    public let fileSize: UInt64
    public let problem: Problem?
    /// Why the file could not be read, when it could not.
    public let failure: LogFailure?

    public var verdict: Verdict {
        if failure != nil { return .unreadable }
        guard let problem else { return .valid }
        let torn = problem.defect == .incompleteLine || problem.defect == .unfinishedBatch
        return torn && !problem.followedByValidRecords ? .tornTail : .corrupt
    }

    /// The result in Chinese, naming the first bad record.
    public var message: String {
        if let failure { return "无法校验日志：\(failure.message)" }
        guard let problem else {
            return "日志完好：共 \(recordCount) 条记录，哈希链完整。头记录：第 \(head.seq) 条，哈希 \(head.hash)。"
        }
        let location = "第 \(problem.line) 行（第 \(problem.seq) 条记录，文件偏移 \(problem.offset) 字节）"
        switch verdict {
        case .tornTail:
            return "日志末尾有未写完的记录：\(location)\(problem.defect.reason) [\(problem.defect.code)]。之前的 \(recordCount) 条记录完好。下次有终端写入时会把这部分移到 quarantine 目录并记录修复。"
        default:
            return "日志损坏：\(location)\(problem.defect.reason) [\(problem.defect.code)]。之前的 \(recordCount) 条记录完好。可能被篡改，请立即停止使用并联系管理员，保留现场文件。"
        }
    }
}
