import HallDomain

/// The words an arrival trace writes in its cells, and what each means. Tables, so the
/// docs list exactly these and an unknown word is a row error, never a silent default.
enum TraceValues {
    /// 是/否 and what spreadsheets and scripts write for it.
    static let answers: [String: Bool] = [
        "是": true, "否": false, "true": true, "false": false, "1": true, "0": false, "yes": true, "no": false,
        "y": true, "n": false,
    ]

    /// 居民/非居民 as the 95598 export writes them, and the code's own names.
    static let customerKinds: [String: CustomerKind] = HotlineValues.customerKinds.merging(
        CustomerKind.allCases.map { ($0.rawValue.lowercased(), $0) }, uniquingKeysWith: { first, _ in first }
    )

    /// 优先: a blank cell is an ordinary customer.
    static let priorities: [String: PriorityClass] = [
        "绿色通道": .greenChannel, "vip": .greenChannel, "greenchannel": .greenChannel, "green_channel": .greenChannel,
        "老弱病残孕": .care, "老弱病残孕优先": .care, "care": .care,
    ]

    /// The meaning of `text` in `table`, letter case ignored.
    static func look<Value>(_ text: String, in table: [String: Value]) -> Value? {
        table[text.lowercased()]
    }

}
