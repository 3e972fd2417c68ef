/// The first record of a multi-record append: the next `records` records belong to one
/// batch, and a reader applies them all or none (see docs/log-format.md). The log writes
/// it; the hall's state is not changed by it.
public struct BatchOpened: EventBody {
    public static let type = "batchOpened"
    public static let version = 1

    /// How many records follow in the batch (at least 2; single records are not framed).
    public var records: Int

    public init(records: Int) {
        self.records = records
    }
}
