import Foundation
import HallDomain
import TermUI

/// A department handler's keys: only the orders of their own department (lead or
/// supporting); accept, record contact (or why it failed), note progress, reply from the category's
/// template, or ask to return an order that is not theirs.
struct DepartmentPaneModel: WorkOrderDeskModel, Sendable, Equatable {
    var browser = WorkOrderBrowser()
    var dialog: WorkOrderDialog?
    var submitted: WorkOrderDialog?
    var message: PaneMessage?

    var capturesText: Bool { dialog?.capturesText ?? false }

    /// The orders in this department's hands, most urgent first, among those the member at
    /// the terminal may see (`WorkOrderStandings` holds only those).
    static func orders(for department: String, _ context: WorkOrderContext) -> [WorkOrder] {
        context.standings.orders(inHandsOf: department)
    }

    /// The same, narrowed by the `/` filter.
    func orders(for department: String, _ context: WorkOrderContext) -> [WorkOrder] {
        browser.filter.narrowed(Self.orders(for: department, context), settings: context.settings)
    }

    mutating func handle(_ key: Key, department: String, context: WorkOrderContext, page: Int) -> [WorkOrderCommand]? {
        if let dialog { return answer(key, in: dialog, context: context) }
        let orders = orders(for: department, context)
        if browser.move(key, in: orders, page: page) { return nil }
        switch key {
        case .escape: browser.showingDetail = false
        case .enter: if !orders.isEmpty { browser.openDetail() }
        case .character("/"):
            dialog = .prompt(.filter, Prompt(title: "筛选", question: "输入关键字（工单号、类别、客户、地址…）；留空清除："))
        default:
            guard let current = browser.current(in: orders) else {
                message = .note("本部门没有待办工单")
                return nil
            }
            return startAction(key, on: current, department: department, context: context)
        }
        return nil
    }

    private mutating func startAction(_ key: Key, on order: WorkOrder, department: String, context: WorkOrderContext) -> [WorkOrderCommand]? {
        let number = order.number
        switch key {
        case .character("a"):
            return [.accept(order: number)]
        case .character("k"):
            let waiting = context.book.awaitingAcknowledgement(at: .departmentHead, department: department)
            let target = waiting.contains { $0.number == number } ? number : waiting.first?.number ?? number
            return [.acknowledgeEscalation(order: target)]
        case .character("c"):
            dialog = .form(.contact(order: number), Form(
                title: "联系客户 \(number)",
                intro: "方式写“电话”或“上门”（报障到达现场写“上门”）；联系不上写“未联系上”，联系情况写原因（如电话无人接听、号码空号、客户拒接）。",
                fields: [("方式", "电话"), ("联系情况", "")]))
        case .character("n"):
            dialog = .prompt(.note(order: number), Prompt(title: "记录进展 \(number)", question: "进展说明："))
        case .character("r"):
            let draft = context.settings.replyTemplates.draft(for: order)
            // 赔偿类 asks the cause of an at-fault damage too, for the month's table of causes.
            let compensation = context.settings.category(code: order.category)?.compensation == true
            dialog = .form(.reply(order: number), Form(
                title: "答复 \(number)", intro: "已按类别模板预填处理经过和结果，请按实际修改；客户反馈必填，有责时写责任人"
                    + (compensation ? "和损坏原因。" : "。"),
                fields: [("处理时间", LocalTime(context.now, in: context.catalog.hall.zone).minuteText),
                         ("处理人", context.member?.name ?? ""), ("处理经过", draft.actions), ("处理结果", draft.result),
                         ("客户反馈", ""), ("是否有责", "否"), ("责任人", "")] + (compensation ? [("损坏原因", "")] : [])))
        case .character("p"):
            // 阶段回复: the time is typed as the customer was told it; the domain refuses one already past.
            dialog = .form(.interim(order: number), Form(
                title: "阶段回复 \(number)", intro: "告诉客户办到哪一步、何时再答复；承诺时间写 YYYY-MM-DD HH:MM，过时未答复记为失约。",
                fields: [("承诺时间", ""), ("向客户说明", "")]))
        case .character("i"):
            dialog = .prompt(.finding(order: number), Prompt(title: "会诊意见 \(number)", question: "本部门的会诊意见："))
        case .character("b"):
            let reasons = ReturnReason.allCases.enumerated().map { "\($0.offset + 1) \($0.element.chineseName)" }.joined(separator: "  ")
            dialog = .form(.returnOrder(order: number), Form(title: "申请回退 \(number)", intro: "原因：\(reasons)。须派单员确认后才生效，时限照计。",
                                                             fields: [("原因（1-3）", ""), ("具体情况", "")]))
        default:
            break
        }
        return nil
    }

    private mutating func answer(_ key: Key, in open: WorkOrderDialog, context: WorkOrderContext) -> [WorkOrderCommand]? {
        dialog = nil
        let commands: [WorkOrderCommand]
        switch open.feed(key) {
        case .open(let still):
            dialog = still
            return nil
        case let .text(.filter, text):
            browser.filter = WorkOrderFilter(text)
            return nil
        case let .text(.note(order), text): commands = [.progressNote(order: order, note: text)]
        case let .text(.finding(order), text): commands = [.recordFinding(order: order, finding: text)]
        case let .values(.contact(order), values):
            commands = values[0].contains("未")
                ? [.contactFailed(order: order, reason: values[1])]
                : [.firstContact(order: order, onSite: values[0].contains("上门"), note: values[1])]
        case let .values(.reply(order), values):
            let atFault = values[5].contains("是") || values[5].contains("有")
            commands = [.reply(order: order, WorkOrderReply(handledAt: values[0], handler: values[1], actions: values[2], result: values[3],
                                                           customerFeedback: values[4], utilityAtFault: atFault,
                                                           responsiblePerson: values[6].isEmpty ? nil : values[6],
                                                           faultCause: values.count > 7 && !values[7].isEmpty ? values[7] : nil))]
        case let .values(.interim(order), values): commands = [.interimReply(order: order, promisedAt: values[0], note: values[1])]
        case let .values(.returnOrder(order), values):
            guard let index = Int(values[0]), ReturnReason.allCases.indices.contains(index - 1) else {
                dialog = open.withError("回退原因请写 1、2 或 3：\(ReturnReason.allCases.map(\.chineseName).joined(separator: "、"))")
                return nil
            }
            commands = [.returnOrder(order: order, reason: ReturnReason.allCases[index - 1], note: values[1])]
        default:
            return nil
        }
        submitted = open
        return commands
    }

    mutating func record(_ result: ActionResult) {
        recordResult(result)
    }
}
