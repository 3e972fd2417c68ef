import Foundation
import HallDomain

/// Everything `order show` tells about one order, built once and printed either as text or
/// as JSON. `time` writes instants (local for people, RFC 3339 for JSON). Phone and free
/// text are shown whole only to a viewer who must call the customer; for anyone else every
/// phone or ID number in them is masked.
struct OrderDetail: Encodable {
    var number: String
    var kind: String
    var kindName: String
    var source: String
    var sourceName: String
    var hotlineNumber: String?
    var category: String
    var categoryName: String
    var major: Bool
    var majorAcknowledgedBy: String?
    var status: String
    var statusName: String
    var customer: CustomerDetail
    var description: String
    var receivedAt: String
    var receivedBy: String
    var receivedByName: String
    var leadDepartment: String?
    var supportingDepartments: [String]
    var handler: String?
    var handlerName: String?
    var standing: OrderStanding?
    var deadlines: [DeadlineDetail]
    var reply: WorkOrderReply?
    var repliedAt: String?
    var satisfaction: String?
    var satisfactionName: String?
    var closedAt: String?
    var responsibility: ResponsibilityRuling?
    var pushCount: Int
    var escalation: String?
    var escalationName: String?
    var pendingReturn: ReturnRequest?
    var held: [Holding]
    var timeline: [Step]

    struct CustomerDetail: Encodable {
        var name: String
        var phone: String?
        var phoneMasked: Bool
        var accountNumber: String?
        var address: String
        var area: String
        var station: String
        var areaType: String
        var areaTypeName: String
        var kind: String
        var kindName: String
        var tier: String?
        var vip: Bool
    }

    /// One deadline: when it falls due, whether and when it was met, and why it falls then.
    struct DeadlineDetail: Encodable {
        var deadline: String
        var name: String
        var due: String
        var met: String?
        var overdue: Bool
        /// 「已按时完成」, 「超时完成」, 「未完成」, 「未完成，已超期」.
        var state: String
        var steps: [String]
        var assumptionWarning: String?
        /// When counting again under today's settings gives another instant than the stored one.
        var todayWouldBe: String?
    }

    /// The time one department held the order, all its stretches together.
    struct Holding: Encodable {
        var department: String
        var seconds: Double
        var text: String
    }

    struct Step: Encodable {
        var time: String
        var actor: String
        var actorName: String
        var type: String
        var summary: String
    }

    init(_ order: WorkOrder, reading: OrderReading, contactVisible: Bool, time: (Date) -> String) {
        let shown: (String) -> String = { contactVisible ? $0 : Masking.text($0) }
        let name: (String) -> String = { reading.files.roster.member(id: $0)?.name ?? $0 }
        number = order.number
        kind = order.kind.rawValue
        kindName = order.kind.chineseName
        source = order.source.rawValue
        sourceName = order.source.chineseName
        hotlineNumber = order.hotlineNumber
        category = order.category
        categoryName = reading.categoryName(order)
        major = order.major
        majorAcknowledgedBy = order.majorAcknowledgedBy
        status = order.status.rawValue
        statusName = order.status.chineseName
        customer = CustomerDetail(order.customer, contactVisible: contactVisible)
        description = shown(order.description)
        receivedAt = time(order.receivedAt)
        receivedBy = order.receivedBy
        receivedByName = name(order.receivedBy)
        leadDepartment = order.leadDepartment
        supportingDepartments = order.supportingDepartments
        handler = order.handler
        handlerName = order.handler.map(name)
        standing = OrderStanding(order, reading: reading, time: time)
        deadlines = WorkOrderDeadline.allCases.compactMap { DeadlineDetail(order, $0, reading: reading, time: time) }
        reply = order.reply.map { reply in
            var masked = reply
            masked.actions = shown(reply.actions)
            masked.result = shown(reply.result)
            masked.customerFeedback = shown(reply.customerFeedback)
            return masked
        }
        repliedAt = order.repliedAt.map(time)
        satisfaction = order.satisfaction?.rawValue
        satisfactionName = order.satisfaction?.chineseName
        closedAt = order.closedAt.map(time)
        responsibility = order.responsibility
        pushCount = order.pushCount
        escalation = order.escalation?.rawValue
        escalationName = order.escalation?.chineseName
        pendingReturn = order.pendingReturn.map { ReturnRequest(department: $0.department, reason: $0.reason, note: shown($0.note)) }
        let heldTime = order.timeHeld(at: reading.now)
        var departments: [String] = []
        for holding in order.holdings where !departments.contains(holding.department) { departments.append(holding.department) }
        held = departments.map { Holding(department: $0, seconds: heldTime[$0] ?? 0, text: ElapsedText.of(heldTime[$0] ?? 0)) }
        timeline = order.history.map { entry in
            Step(time: time(entry.time), actor: entry.actor, actorName: name(entry.actor), type: type(of: entry.event.body).type,
                 summary: shown(entry.event.body.summary))
        }
    }
}

extension OrderDetail.CustomerDetail {
    init(_ customer: Customer, contactVisible: Bool) {
        name = customer.name
        phone = contactVisible ? customer.phone : customer.phone.map(Masking.phone)
        phoneMasked = !contactVisible && customer.phone != nil
        accountNumber = customer.accountNumber
        address = customer.address
        area = customer.area
        station = customer.station
        areaType = customer.areaType.rawValue
        areaTypeName = customer.areaType.chineseName
        kind = customer.kind.rawValue
        kindName = customer.kind.chineseName
        tier = customer.tier
        vip = customer.vip
    }
}

extension OrderDetail.DeadlineDetail {
    /// Nil when the order has no such deadline.
    init?(_ order: WorkOrder, _ deadline: WorkOrderDeadline, reading: OrderReading, time: (Date) -> String) {
        guard let explanation = DueExplanation.explain(order, deadline, settings: reading.settings) else { return nil }
        let metAt = order.met[deadline]
        self.deadline = deadline.rawValue
        name = deadline.chineseName
        due = time(explanation.due)
        met = metAt.map(time)
        overdue = order.overdue(at: reading.now).contains(deadline)
        state = switch (metAt != nil, overdue) {
        case (true, false): "已按时完成"
        case (true, true): "超时完成"
        case (false, false): "未完成"
        case (false, true): "未完成，已超期"
        }
        steps = explanation.steps
        assumptionWarning = explanation.assumptionWarning
        todayWouldBe = explanation.differsFromStored.map(time)
    }
}
