import HallDomain

/// The words a 95598 export writes in its cells, and what each means here. Kept as tables
/// so docs/import-95598.md can list exactly these. An unknown word does not refuse the row
/// (only a row with no number, no time, or that cannot be read is no order): it is read
/// with a stated default and a note says so, never silently.
enum HotlineValues {
    /// 业务类型: the seven kinds by their Chinese names, plus what call centres also write.
    static let kinds: [String: WorkOrderKind] = {
        var words = Dictionary(uniqueKeysWithValues: WorkOrderKind.allCases.map { ($0.chineseName, $0) })
        words["故障报修"] = .faultReport
        words["故障"] = .faultReport
        words["报修"] = .faultReport
        words["抢修"] = .faultReport
        words["业务咨询"] = .enquiry
        words["查询"] = .enquiry
        words["服务投诉"] = .complaint
        words["表彰"] = .praise
        words["检举"] = .report
        return words
    }()

    /// 城乡类别: it picks the fault-repair arrival deadline.
    static let areaTypes: [String: AreaType] = [
        "城市": .city, "城区": .city, "市区": .city,
        "农村": .rural, "乡村": .rural,
        "偏远": .remote, "边远": .remote, "特殊边远": .remote,
    ]

    static let customerKinds: [String: CustomerKind] = [
        "居民": .residential, "居民客户": .residential, "低压居民": .residential,
        "非居民": .nonResidential, "非居民客户": .nonResidential,
    ]

    /// 重要程度: the first two mark the order major by hand; the rest leave it to the category.
    static let importance: [String: Bool] = [
        "重大": true, "紧急": true,
        "一般": false, "普通": false, "较低": false,
    ]

    /// The words of a table, for a message that says what may be written instead.
    static func listing<Value>(_ table: [String: Value]) -> String {
        table.keys.sorted().joined(separator: "、")
    }
}
