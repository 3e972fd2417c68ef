import HallDomain

/// One sample of every work-order event body, in `WorkOrderEvent.bodyTypes` order, all about
/// GD000001: the codec round-trip and the summaries (HallDomainTests) and the snapshot's
/// round trip of an order's timeline (HallStoreTests) are checked over this list, so a new
/// body that is not added here fails the count check.
public enum WorkOrderSamples {
    public static let customer = Customer(name: "林美玲", phone: "13800138000", accountNumber: "0301234567", address: "天河路 88 号 3 栋 502",
                                          area: "天河北", station: "天河供电所", areaType: .city, kind: .residential)

    public static let completeReply = WorkOrderReply(handledAt: "2026-10-08 10:30", handler: "麦国栋", actions: "上门向客户解释阶梯电价构成并致歉",
                                                     result: "客户理解电费构成", customerFeedback: "客户表示接受", utilityAtFault: true,
                                                     responsiblePerson: "陈志强")

    public static let everyEvent: [WorkOrderEvent] = {
        let order = "GD000001"
        return [
            .received(WorkOrderReceived(order: order, kind: .complaint, source: .hotline95598, category: "FWTD", major: false,
                                        customer: customer, description: "态度生硬", hotlineNumber: "95598-20260930-0001",
                                        firstContactDue: "2026-10-08T08:00:00Z", arrivalDue: nil,
                                        replyDue: "2026-10-13T08:00:00Z", categoryName: "服务态度",
                                        repeatOf: "GD000000")),
            .escalated(WorkOrderEscalated(order: order, level: .stationHead, reason: .major)),
            .majorAcknowledged(MajorAcknowledged(order: order)),
            .dispatched(WorkOrderDispatched(order: order, leadDepartment: "营销部", supportingDepartments: ["运检部"])),
            .recalled(WorkOrderRecalled(order: order, reason: nil)),
            .returnRequested(WorkOrderReturnRequested(order: order, department: "运检部", reason: .wrongOwner, note: "属营销部")),
            .returnConfirmed(WorkOrderReturnConfirmed(order: order)),
            .returnRejected(WorkOrderReturnRejected(order: order, department: "营销部", reason: "地址核实属本片区")),
            .accepted(WorkOrderAccepted(order: order, department: "营销部")),
            .contacted(WorkOrderContacted(order: order, onSite: true, note: "上门")),
            .progressNoted(WorkOrderProgressNoted(order: order, note: "调录像")),
            .replied(WorkOrderReplied(order: order, reply: completeReply)),
            .reviewed(WorkOrderReviewed(order: order, accepted: false, reason: "缺录像结论")),
            .followedUp(WorkOrderFollowedUp(order: order, satisfaction: .dissatisfied, note: "仍未解决", method: .visit, second: true,
                                            replyDue: "2026-10-21T02:00:00Z")),
            .closed(WorkOrderClosed(order: order)),
            .responsibilityRuled(ResponsibilityRuled(order: order, ruling: ResponsibilityRuling(finding: .atFault,
                                                                                                department: "营销部",
                                                                                                person: "陈志强"))),
            .pushed(WorkOrderPushed(order: order, level: .supervision, count: 3, note: "请今日内答复")),
            .jointDiagnosisInvited(JointDiagnosisInvited(order: order, departments: ["运检部", "计量班"], question: "电表是否走快")),
            .jointFindingRecorded(JointFindingRecorded(order: order, department: "计量班", finding: "现场校验合格")),
            .linked(WorkOrdersLinked(order: order, other: "GD000002", reason: .batch)),
            .improvementCaseOpened(ImprovementCaseOpened(caseNumber: "GJ0001", rootCause: "台区变压器过载", action: "增容改造",
                                                         ownerDepartment: "运检部", dueDay: "2026-11-30", orders: [order, "GD000002"])),
            .improvementCaseOrdersAdded(ImprovementCaseOrdersAdded(caseNumber: "GJ0001", orders: ["GD000003"])),
            .improvementProgressRecorded(ImprovementProgressRecorded(caseNumber: "GJ0001", note: "新变压器已到货")),
            .improvementCaseDone(ImprovementCaseDone(caseNumber: "GJ0001", outcome: "更换 630 kVA 变压器")),
            .caseSuggestionDismissed(CaseSuggestionDismissed(key: "area-TD-天河北", orders: [order, "GD000002", "GD000003"],
                                                             reason: "各户原因不同")),
            .escalationAcknowledged(EscalationAcknowledged(order: order, level: .departmentHead)),
            .classified(WorkOrderClassified(order: order, category: "DFZY", categoryName: "电费、电价争议", major: false)),
            .returnedToDispatcher(WorkOrderReturnedToDispatcher(order: order, station: "龙江供电所", note: "地址属龙江镇")),
            .interimReplied(WorkOrderInterimReplied(order: order, note: "已联系厂家调换电表，三天内答复", promisedAt: "2026-10-09T09:00:00Z",
                                                    promisedText: "2026-10-09 17:00")),
            .complainedAboutRecorded(ComplainedAboutRecorded(order: order, person: ComplainedAbout(staffID: "D02", name: "区淑贞"))),
            .contactFailed(WorkOrderContactFailed(order: order, reason: "电话无人接听")),
        ]
    }()
}
