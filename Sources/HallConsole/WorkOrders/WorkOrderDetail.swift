import Foundation
import HallDomain
import TermUI

/// Everything about one order on one scrollable page: the customer, the deadlines with why
/// each falls due when it does, who held it for how long, and the whole timeline. Phone
/// and account are whole only for staff who must call the customer.
struct WorkOrderDetail {
    var order: WorkOrder
    var settings: WorkOrderSettings
    var roster: Roster
    /// Whether the viewer sees this order's contacts whole (`OrderSight.seesContact`).
    var contactVisible: Bool
    var now: Date
    var zone: TimeZone

    /// The page as (text, role) lines, wrapped to `width`.
    func lines(width: Int) -> [(String, ThemeRole)] {
        var lines: [(String, ThemeRole)] = []
        func add(_ text: String, _ role: ThemeRole = .normal, indent: String = "") {
            for (index, part) in TextFit.wrap(text, width: max(1, width - indent.count)).enumerated() {
                lines.append(((index == 0 ? "" : indent) + part, role))
            }
        }
        let category = settings.category(code: order.category)?.name ?? order.category
        add("\(order.number)  \(order.kind.chineseName)·\(category)  \(statusText)" + (order.major ? "  【重大】" : ""),
            order.major ? .major : .title)
        add("来源 \(order.source.chineseName)" + (order.hotlineNumber.map { "  95598 工单 \($0)" } ?? "")
            + "  受理 \(time(order.receivedAt)) \(name(order.receivedBy))")
        if order.awaitsMajorAcknowledgement { add("重大工单，尚未确认：协调员或所长按 a 确认", .major) }
        if order.awaitsClassification {
            add("待归类：客服中心分类“\(order.reportedCategory ?? "")”，协调员按 g 归类", .warning)
        }
        let customer = order.customer
        let mayView = contactVisible
        add("客户  \(customer.name)（\(customer.kind.chineseName)\(customer.vip ? "·VIP" : "")\(customer.tier.map { "·\($0)" } ?? "")）"
            + "  电话 \(customer.phone.map { mayView ? $0 : Masking.phone($0) } ?? "—")"
            + "  户号 \(customer.accountNumber.map { mayView ? $0 : Masking.phone($0) } ?? "—")")
        add("地址  \(customer.address)  \(customer.area)·\(customer.station)（\(customer.areaType.chineseName)）")
        if order.lacksDescription {
            add("诉求  （\(WorkOrder.emptyDescriptionMark)，请在首次联系时向客户问明）", .warning)
        } else {
            add("诉求  " + (mayView ? order.description : Masking.text(order.description)), indent: "      ")
        }
        if let reported = order.reportedKind {
            add(WorkOrderKind.unconfirmedText(reported: reported) + "，按投诉的时限受理", .warning)
        }
        if let person = order.complainedAbout { add("被投诉人  \(person.text)：不得处理或答复本单", .warning) }
        if let promise = order.promise {
            let missed = order.missedPromise(at: now) != nil
            add("阶段回复  承诺 \(promise.dueText) 前再答复" + (missed ? "，已失约" : "") + "：" + (mayView ? promise.note : Masking.text(promise.note)),
                missed ? .overdue : .normal, indent: "          ")
        }
        lines.append(("", .normal))
        add("时限", .header)
        for deadline in WorkOrderDeadline.allCases {
            guard let explanation = DueExplanation.explain(order, deadline, settings: settings) else { continue }
            add("\(deadline.chineseName)：\(time(explanation.due)) 到期  " + deadlineState(deadline, due: explanation.due),
                order.met[deadline] == nil && explanation.due < now ? .overdue : .normal)
            add("  为何此时：" + explanation.steps.joined(separator: " → "), .muted, indent: "    ")
            if let warning = explanation.assumptionWarning { add("  " + warning, .warning, indent: "    ") }
            if let other = explanation.differsFromStored {
                add("  按现行设置推算为 \(time(other))，以受理时记下的为准", .warning, indent: "    ")
            }
        }
        lines.append(("", .normal))
        add("部门", .header)
        add("主办 \(order.leadDepartment ?? "未派")" + (order.supportingDepartments.isEmpty ? "" : "  协办 \(order.supportingDepartments.joined(separator: "、"))"))
        let held = order.timeHeld(at: now).sorted { $0.key < $1.key }
        if !held.isEmpty { add("经手时长  " + held.map { "\($0.key) \(HeldTime.text($0.value))" }.joined(separator: "  ")) }
        if let pending = order.pendingReturn { add("待确认回退：\(pending.department)，\(pending.reason.chineseName)：\(pending.note)", .warning) }
        if let rejection = order.returnRejection { add("回退被驳回：\(rejection)", .warning) }
        if let escalation = order.escalation { add("已升级至\(escalation.chineseName)，催办 \(order.pushCount) 次", .warning) }
        if let earlier = order.repeatOf { add("重复诉求：同一客户同类问题，前单 \(earlier) 已办结", .warning) }
        if !order.links.isEmpty {
            add("关联  " + order.links.map { "\($0.other)（\($0.reason.chineseName)）" }.joined(separator: "  "))
        }
        if !order.invitedDepartments.isEmpty {
            add("联合会诊", .header)
            for department in order.invitedDepartments {
                add("\(department)：\(order.findings[department] ?? "未答复")", order.findings[department] == nil ? .warning : .normal, indent: "  ")
            }
        }
        if let reply = order.reply {
            lines.append(("", .normal))
            add("答复", .header)
            add("\(reply.handledAt) \(reply.handler)：\(reply.actions)", indent: "  ")
            add("结果：\(reply.result)；客户反馈：\(reply.customerFeedback)" + (reply.utilityAtFault ? "；有责，责任人 \(reply.responsiblePerson ?? "")" : "")
                + (reply.faultCause.map { "；损坏原因：\($0)" } ?? ""), indent: "  ")
        }
        if order.status == .awaitingSecondFollowUp, let due = order.secondFollowUpDue {
            add("待二次回访：\(time(due)) 起回访客户（按 f），做完才能办结", .warning)
        } else if let done = order.secondFollowUpAt {
            add("二次回访：已做（\(time(done))）")
        }
        if let ruling = order.responsibility {
            add("定责：\(ruling.finding.chineseName)" + [ruling.department, ruling.person].compactMap { $0 }.map { " \($0)" }.joined())
        }
        lines.append(("", .normal))
        add("经过", .header)
        for entry in order.history {
            add("\(time(entry.time)) \(name(entry.actor))  " + (mayView ? entry.event.body.summary : Masking.text(entry.event.body.summary)),
                indent: "             ")
        }
        return lines
    }

    private var statusText: String {
        order.status.chineseName + (order.satisfaction.map { "（回访：\($0.chineseName)）" } ?? "")
    }

    private func deadlineState(_ deadline: WorkOrderDeadline, due: Date) -> String {
        if let met = order.met[deadline] { return met > due ? "已完成（逾期，\(time(met))）" : "已完成（\(time(met))）" }
        guard order.status.isOpen else { return "未完成" }
        if let standing = order.standing(at: now, settings: settings), standing.deadline == deadline { return standing.chineseText }
        return due < now ? "已超期" : "未到"
    }

    private func name(_ id: String) -> String { roster.member(id: id).map { "\($0.name)" } ?? id }

    private func time(_ date: Date) -> String {
        let local = LocalTime(date, in: zone)
        return String(format: "%02d-%02d ", local.day.month, local.day.day) + local.clockText
    }
}
