/// What is wrong with one line of the log: a machine code for scripts and tests, and a
/// Chinese reason for the person who has to act on it.
public enum RecordDefect: String, Error, Sendable, Equatable, Codable, CaseIterable {
    /// Not a record in the fixed field order (bad JSON, invalid UTF-8 in a text field, a
    /// field missing or out of place).
    case malformed = "malformed"
    /// The body is not one JSON object in valid UTF-8.
    case bodyNotObject = "body-not-object"
    /// The timestamp is not RFC 3339 with milliseconds and an offset.
    case badTimestamp = "bad-timestamp"
    /// The record's bytes do not hash to its own `hash`: it was changed or torn.
    case hashMismatch = "hash-mismatch"
    /// `seq` is not one more than the record before: a record is missing or out of order.
    case wrongSeq = "wrong-seq"
    /// `prev` is not the hash of the record before: this or the previous record was changed.
    case chainBroken = "chain-broken"
    /// The last line has no newline: a write that never finished.
    case incompleteLine = "incomplete-line"
    /// The file ends inside a batch of records: a crash mid-append (a torn tail).
    case unfinishedBatch = "unfinished-batch"
    /// A batch begins before the one before it is complete: that one never finished, and
    /// something was written after it without repairing it.
    case batchInterrupted = "batch-interrupted"
    /// A `batchOpened` record whose body is not `{"records":N}` with N ≥ 1.
    case badBatch = "bad-batch"
    /// The file is shorter than the records already read from it.
    case shrunk = "shrunk"
    /// The log ends before the head that was kept elsewhere.
    case headMissing = "head-missing"
    /// The record at the kept head's sequence number has a different hash.
    case headMismatch = "head-mismatch"

    /// The machine code, stable for scripts.
    public var code: String { rawValue }

    /// What is wrong, in Chinese.
    public var reason: String {
        switch self {
        case .malformed: return "格式不对（不是按固定字段顺序写的一行 JSON 记录）"
        case .bodyNotObject: return "body 不是一个合法的 JSON 对象"
        case .badTimestamp: return "时间戳不是带毫秒和时区的 RFC 3339 格式"
        case .hashMismatch: return "内容与自身哈希不符（被改动或写了一半）"
        case .wrongSeq: return "序号不连续（有记录缺失或顺序被调换）"
        case .chainBroken: return "prev 与上一条记录的哈希不符（这一条或上一条被改动）"
        case .incompleteLine: return "最后一行没有换行符（写入未完成）"
        case .unfinishedBatch: return "一批记录没有写全（批次开头记录所说的条数还没写完）"
        case .batchInterrupted: return "上一批记录还没写全，其后却又开始了新的一批"
        case .badBatch: return "批次开头记录（batchOpened）的 records 不是正整数"
        case .shrunk: return "日志文件比已读过的部分还短（文件被截断）"
        case .headMissing: return "日志在留存的头记录之前就结束了（末尾记录被删除）"
        case .headMismatch: return "留存的头记录与日志中同序号记录的哈希不符"
        }
    }
}
