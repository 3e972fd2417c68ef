import HallDomain
import TermUI

/// The coordinator's keys: sections, the list, marks for batch actions, and the dialogs
/// that turn into work-order commands. Rules are the domain's: the pane only asks.
struct CoordinatorPaneModel: WorkOrderDeskModel, Sendable, Equatable {
    var section: WorkOrderSection = .all
    var browser = WorkOrderBrowser()
    var marked: Set<String> = []
    var dialog: WorkOrderDialog?
    var submitted: WorkOrderDialog?
    var message: PaneMessage?

    var capturesText: Bool { dialog?.capturesText ?? false }

    /// The orders this pane lists now: the section's, narrowed by the filter, most urgent first.
    func orders(_ context: WorkOrderContext) -> [WorkOrder] {
        browser.filter.narrowed(context.standings.orders(in: section), settings: context.settings)
    }

    mutating func handle(_ key: Key, context: WorkOrderContext, page: Int) -> [WorkOrderCommand]? {
        if let dialog { return answer(key, in: dialog, context: context) }
        let orders = orders(context)
        if browser.move(key, in: orders, page: page) { return nil }
        let current = browser.current(in: orders)
        switch key {
        case .escape:
            if browser.showingDetail { browser.showingDetail = false } else { marked = [] }
        case .enter:
            if current != nil { browser.openDetail() }
        case .left, .right:
            step(key == .right ? 1 : -1)
        case .character(let digit) where ("1"..."8").contains(digit):
            section = WorkOrderSection.allCases[Int(String(digit))! - 1]
            browser.showingDetail = false
        case .character("/"):
            dialog = .prompt(.filter, Prompt(title: "筛选", question: "输入关键字（工单号、95598 号、电话或尾号、户号、类别、客户、地址、区域、部门…），空格隔开表示同时满足；留空清除："))
        case .character(":"):
            dialog = .prompt(.jump, Prompt(title: "跳到工单 / 客户历史", question: "工单号（如 GD000012 或 12）、95598 工单号，或客户电话、户号："))
        case .character("N"):
            dialog = .form(.newOrder, NewOrderForm.make(context))
        case .character("L"):
            guard let warning = context.standings.batchWarnings.first else {
                message = .note("当前没有批量预警")
                return nil
            }
            return submit(nil, warning.missingLinks(in: context.book))
        case .character("v"):
            guard let current else { break }
            if marked.remove(current.number) == nil { marked.insert(current.number) }
            browser.selected = orders.dropFirst((browser.index(in: orders) ?? 0) + 1).first?.number ?? current.number
        default:
            guard let current else {
                message = .note("这里没有工单")
                return nil
            }
            return startAction(key, on: current, context: context)
        }
        return nil
    }

    /// The orders a batch action applies to: the marked ones, else the selected one.
    private func targets(_ current: WorkOrder) -> [String] {
        marked.isEmpty ? [current.number] : marked.sorted()
    }

    private mutating func startAction(_ key: Key, on current: WorkOrder, context: WorkOrderContext) -> [WorkOrderCommand]? {
        let number = current.number
        switch key {
        case .character("d"):
            let hints = OwnerHint.text(current, settings: context.settings) + AreaHint.text(current, settings: context.settings)
            dialog = .form(.dispatch(orders: targets(current)), Form(
                title: "派单 " + targets(current).joined(separator: "、"),
                intro: "部门：\(context.departments.joined(separator: "、"))。\(hints)",
                fields: [("主办部门", context.settings.owner(of: current) ?? ""), ("协办部门", ""), ("改派理由", "")],
                choices: [0: context.departments]))
        case .character("p"), .character("P"):
            let level: PushLevel = key == .character("p") ? .reminder : .supervision
            dialog = .prompt(.push(orders: targets(current), level: level),
                             Prompt(title: level.chineseName + " " + targets(current).joined(separator: "、"), question: "要对部门说的话（可留空）："))
        case .character("R"):
            dialog = .prompt(.recall(order: number), Prompt(title: "撤回 \(number)", question: "撤回原因（部门已接单时必填）："))
        case .character("c"):
            guard let pending = current.pendingReturn else {
                message = .note("\(number) 没有待确认的回退申请")
                return nil
            }
            dialog = .choice(.confirmReturn(order: number), Choice(
                title: "回退申请 \(number)：确认或驳回", lines: ["\(pending.department)申请回退：\(pending.reason.chineseName)。\(pending.note)",
                                                 "确认后工单回到待派，时限不重新计算；驳回须写明理由，工单仍由\(pending.department)办理。"],
                options: [.init(key: "y", label: "确认回退"), .init(key: "n", label: "驳回")]))
        case .character("g"):
            // The first 待归类 order when the selected one is classified already, as `a` does for majors.
            guard let order = current.awaitsClassification ? current : context.book.orders.first(where: { $0.awaitsClassification && $0.status.isOpen }) else {
                message = .note("没有待归类的工单")
                return nil
            }
            let codes = context.settings.categories.map { "\($0.code) \($0.name)" }.joined(separator: "、")
            dialog = .prompt(.classify(order: order.number), Prompt(
                title: "归类 \(order.number)" + (order.reportedCategory.map { "（客服中心：\($0)）" } ?? ""),
                question: "分类代码（\(codes)）："))
        case .character("b"):
            let station = context.catalog.hall.station
            guard current.isOutside(station: station) else {
                message = .note("\(number) 属本所（\(station)），不能退回上级")
                return nil
            }
            dialog = .prompt(.returnUp(order: number), Prompt(
                title: "退回上级 \(number)：非本所属地（属 \(current.customer.station)）", question: "说明（可留空）："))
        case .character("t"):
            // 被投诉人: whether the order is a complaint is the domain's question, asked on submit.
            dialog = .prompt(.complainedAbout(order: number), Prompt(
                title: "被投诉人 \(number)", question: "被投诉人的工号或姓名（此人将不得处理或答复本单）："))
        case .character("a"):
            let target = current.awaitsMajorAcknowledgement ? number : context.book.majorNotAcknowledged.first?.number ?? number
            return [.acknowledgeMajor(order: target)]
        case .character("k"):
            // The 所长 acknowledges here; whose level it is, the domain decides.
            let waiting = context.book.awaitingAcknowledgement(at: .stationHead)
            let target = waiting.contains { $0.number == number } ? number : waiting.first?.number ?? number
            return [.acknowledgeEscalation(order: target)]
        case .character("r"):
            dialog = .choice(.review(order: number), Choice(
                title: "审核答复 \(number)", lines: current.reply.map { ["\($0.handler)：\($0.actions)", "结果：\($0.result)；客户反馈：\($0.customerFeedback)"] } ?? ["还没有答复"],
                options: [.init(key: "y", label: "通过"), .init(key: "n", label: "退回部门")]))
        case .character("f"):
            dialog = .choice(.followUp(order: number), FollowUpDialog.method(current, context: context))
        case .character("x"):
            dialog = .choice(.close(order: number), Choice(title: "办结 \(number)", lines: ["办结后进入待定责。"], options: [.init(key: "y", label: "办结")]))
        case .character("h"):
            dialog = .form(.invite(order: number), Form(
                title: "联合会诊 \(number)", intro: "部门：\(context.departments.joined(separator: "、"))。各部门在本部门工单台按 i 写会诊意见。",
                fields: [("会诊部门", ""), ("会诊问题", "")]))
        case .character("j"):
            dialog = .form(.rule(order: number), Form(
                title: "定责 \(number)", intro: "有责时写明责任部门和责任人（先处理、后定责）。",
                fields: [("有责/无责", current.reply?.utilityAtFault == true ? "有责" : "无责"), ("责任部门", current.leadDepartment ?? ""),
                         ("责任人", current.reply?.responsiblePerson ?? "")],
                choices: [0: ["有责", "无责"], 1: context.departments]))
        default:
            break
        }
        return nil
    }

    private mutating func step(_ delta: Int) {
        let all = WorkOrderSection.allCases
        section = all[((all.firstIndex(of: section) ?? 0) + delta + all.count) % all.count]
        browser.showingDetail = false
    }

    mutating func record(_ result: ActionResult) {
        if case .done = result { marked = [] }
        recordResult(result)
    }
}
