import HallDomain

/// One order as `order list` shows it: what the coordinator scans for — how long is left,
/// where it stands, who holds it, whom it is about. The phone is masked, because a list is
/// seen by whoever stands behind the screen, unless a manager exports it `unmasked`.
struct OrderRow: Encodable {
    var number: String
    var status: String
    var statusName: String
    var kind: String
    var kindName: String
    var category: String
    var categoryName: String
    var major: Bool
    var majorAcknowledged: Bool
    var vip: Bool
    var leadDepartment: String?
    var supportingDepartments: [String]
    var returnPending: Bool
    /// The earlier closed order this one repeats (重复诉求).
    var repeatOf: String?
    /// 待归类, with the call centre's own category name.
    var unclassified: Bool
    var reportedCategory: String?
    /// 非本所属地: the customer belongs to another station.
    var outsideStation: Bool
    /// 业务类型待核: the call centre's 业务类型 was none the hall knows.
    var reportedKind: String?
    /// 诉求内容为空.
    var descriptionMissing: Bool
    /// 失约: an interim reply promised a time that passed with no reply since.
    var promiseMissed: Bool
    var escalation: String?
    var escalationName: String?
    var customer: String
    var phone: String?
    var area: String
    var station: String
    var receivedAt: String
    var standing: OrderStanding?

    init(_ order: WorkOrder, reading: OrderReading, unmasked: Bool = false) {
        number = order.number
        status = order.status.rawValue
        statusName = order.status.chineseName
        kind = order.kind.rawValue
        kindName = order.kind.chineseName
        category = order.category
        categoryName = reading.categoryName(order)
        major = order.major
        majorAcknowledged = order.major && !order.awaitsMajorAcknowledgement
        vip = order.customer.vip
        leadDepartment = order.leadDepartment
        supportingDepartments = order.supportingDepartments
        returnPending = order.pendingReturn != nil
        repeatOf = order.repeatOf
        unclassified = order.awaitsClassification
        reportedCategory = order.reportedCategory
        outsideStation = order.isOutside(station: reading.files.hall.station)
        reportedKind = order.reportedKind
        descriptionMissing = order.lacksDescription
        promiseMissed = order.missedPromise(at: reading.now) != nil
        escalation = order.escalation?.rawValue
        escalationName = order.escalation?.chineseName
        customer = order.customer.name
        phone = unmasked ? order.customer.phone : order.customer.phone.map(Masking.phone)
        area = order.customer.area
        station = order.customer.station
        receivedAt = reading.iso(order.receivedAt)
        standing = OrderStanding(order, reading: reading, time: reading.iso)
    }

    /// 「GD000003  超期 2时（首次联系）  处理中  投诉·停电  主办 营销部  张三 138****1234  天河北  重大」.
    var text: String {
        // What must be settled before any department handles the order comes first.
        var marks: [String] = []
        if unclassified { marks.append("待归类" + (reportedCategory.map { "（客服中心：\($0)）" } ?? "")) }
        if outsideStation { marks.append("非本所属地（\(station)）") }
        if reportedKind != nil { marks.append("业务类型待核") }
        if descriptionMissing { marks.append(WorkOrder.emptyDescriptionMark) }
        if promiseMissed { marks.append("阶段回复失约") }
        if major { marks.append(majorAcknowledged ? "重大" : "重大未确认") }
        if vip { marks.append("VIP") }
        if repeatOf != nil { marks.append("重复") }
        if returnPending { marks.append("回退待确认") }
        if let escalationName { marks.append("已升级至" + escalationName) }
        let fields = [
            number,
            standing.map { "\($0.text)（\($0.deadlineName)）" } ?? "无待办时限",
            statusName,
            "\(kindName)·\(categoryName)",
            leadDepartment.map { "主办 \($0)" } ?? "未派",
            customer + (phone.map { " " + $0 } ?? ""),
            area,
        ] + marks
        return fields.joined(separator: "  ")
    }
}
