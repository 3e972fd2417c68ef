/// The byte offset of every record a writer has seen, so catch-up reading can start at
/// any of them instead of at the top of the file. Eight bytes a record: a million
/// records cost 8 MB.
struct RecordIndex {
    /// The sequence number of `offsets[0]`.
    private let firstSeq: Int
    private var offsets: [UInt64] = []

    /// An index that starts with record `seq`, none of which is known yet.
    init(startingAt seq: Int) {
        firstSeq = seq
    }

    /// An index that starts at a known record (a snapshot's anchor).
    init(anchor: LogHead) {
        firstSeq = anchor.seq
        offsets = [anchor.offset]
    }

    mutating func add(_ record: LogRecord) {
        offsets.append(record.offset)
    }

    /// Where record `seq` starts, if this index knows it.
    func offset(of seq: Int) -> UInt64? {
        let i = seq - firstSeq
        return offsets.indices.contains(i) ? offsets[i] : nil
    }
}
