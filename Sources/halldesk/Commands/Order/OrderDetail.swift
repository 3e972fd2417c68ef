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
    /// The call centre's own category name of a 待归类 order.
    var reportedCategory: String?
    /// The call centre's 业务类型 when the hall knew none of its kinds (received as a complaint, 待核).
    var reportedKind: String?
    /// 诉求内容为空: the call centre sent the order without its content.
    var descriptionMissing: Bool
    /// 阶段回复: the standing promise to the customer, and whether its time passed unkept (失约).
    var promise: Promise?
    /// 被投诉人 of a complaint.
    var complainedAbout: ComplainedAbout?
    /// 非本所属地: the customer belongs to another station than the hall's.
    var outsideStation: Bool
    var major: Bool
    var majorAcknowledgedBy: String?
    var status: String
    var statusName: String
    var customer: OrderCustomer
    var description: String
    var receivedAt: String
    var receivedBy: String
    var receivedByName: String
    var leadDepartment: String?
    var supportingDepartments: [String]
    var handler: String?
    var handlerName: String?
    var standing: OrderStanding?
    var deadlines: [OrderDeadline]
    var reply: WorkOrderReply?
    var repliedAt: String?
    var satisfaction: String?
    var satisfactionName: String?
    /// A complaint's second follow-up (二次回访): when it falls due, and when it was made.
    var secondFollowUpDue: String?
    var secondFollowUpAt: String?
    var closedAt: String?
    var responsibility: ResponsibilityRuling?
    var pushCount: Int
    var escalation: String?
    var escalationName: String?
    var pendingReturn: ReturnRequest?
    /// Why the dispatcher turned the last return down, while the department still holds the order.
    var returnRejection: String?
    /// The earlier closed order this one repeats (重复诉求), if any.
    var repeatOf: String?
    var links: [Link]
    var jointDiagnosis: JointDiagnosis?
    var held: [Holding]
    var timeline: [Step]

    struct Promise: Encodable {
        var madeAt: String
        var due: String
        var dueLocal: String
        var note: String
        var missed: Bool
    }

    /// The time one department held the order, all its stretches together.
    struct Holding: Encodable {
        var department: String
        var seconds: Double
        var text: String
    }

    /// Another order tied to this one, and why.
    struct Link: Encodable {
        var other: String
        var reason: String
        var reasonName: String
    }

    /// 联合会诊: the question, and each invited department with its finding or none yet.
    struct JointDiagnosis: Encodable {
        var question: String?
        var departments: [Answer]
        /// Invited departments that have not answered, in the order they were asked.
        var awaiting: [String]

        struct Answer: Encodable {
            var department: String
            var finding: String?
        }
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
        reportedCategory = order.reportedCategory
        reportedKind = order.reportedKind
        descriptionMissing = order.lacksDescription
        promise = order.promise.map { promise in
            Promise(madeAt: time(promise.madeAt), due: time(promise.due), dueLocal: promise.dueText, note: shown(promise.note),
                    missed: order.missedPromise(at: reading.now) != nil)
        }
        complainedAbout = order.complainedAbout
        outsideStation = order.isOutside(station: reading.files.hall.station)
        major = order.major
        majorAcknowledgedBy = order.majorAcknowledgedBy
        status = order.status.rawValue
        statusName = order.status.chineseName
        customer = OrderCustomer(order.customer, contactVisible: contactVisible)
        description = shown(order.description)
        receivedAt = time(order.receivedAt)
        receivedBy = order.receivedBy
        receivedByName = name(order.receivedBy)
        leadDepartment = order.leadDepartment
        supportingDepartments = order.supportingDepartments
        handler = order.handler
        handlerName = order.handler.map(name)
        standing = OrderStanding(order, reading: reading, time: time)
        deadlines = WorkOrderDeadline.allCases.compactMap { OrderDeadline(order, $0, reading: reading, time: time) }
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
        secondFollowUpDue = order.secondFollowUpDue.map(time)
        secondFollowUpAt = order.secondFollowUpAt.map(time)
        closedAt = order.closedAt.map(time)
        responsibility = order.responsibility
        pushCount = order.pushCount
        escalation = order.escalation?.rawValue
        escalationName = order.escalation?.chineseName
        pendingReturn = order.pendingReturn.map { ReturnRequest(department: $0.department, reason: $0.reason, note: shown($0.note)) }
        returnRejection = order.returnRejection.map(shown)
        repeatOf = order.repeatOf
        links = order.links.map { Link(other: $0.other, reason: $0.reason.rawValue, reasonName: $0.reason.chineseName) }
        jointDiagnosis = order.invitedDepartments.isEmpty ? nil : JointDiagnosis(
            question: order.jointQuestion.map(shown),
            departments: order.invitedDepartments.map { JointDiagnosis.Answer(department: $0, finding: order.findings[$0].map(shown)) },
            awaiting: order.awaitingFindings)
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
