import HallDomain
import TermUI

extension CoordinatorPaneModel {
    /// Feeds a key to the open dialog; when it is answered, the commands it means. An
    /// action on several orders is shown as a preview first and done only on y.
    mutating func answer(_ key: Key, in open: WorkOrderDialog, context: WorkOrderContext) -> [WorkOrderCommand]? {
        dialog = nil
        do {
            switch open.feed(key) {
            case .open(let still): dialog = still
            case .cancelled: break
            case let .text(ask, text): return submit(open, promptCommands(ask, text, context: context))
            case let .values(ask, values): return submit(open, try formCommands(ask, values, context: context))
            case let .chosen(ask, option): return choiceCommands(ask, option, context: context)
            }
        } catch {
            dialog = open.withError(error.message)
        }
        return nil
    }

    /// Keeps the dialog to reopen on a refusal; an action on several orders is shown as a
    /// preview first and done only on y.
    mutating func submit(_ open: WorkOrderDialog?, _ commands: [WorkOrderCommand]?) -> [WorkOrderCommand]? {
        guard let commands else { return nil }
        submitted = open
        guard commands.count > 1 else { return commands }
        dialog = .choice(.preview(commands), Choice(title: "批量操作预览（\(commands.count) 张工单）",
                                                    lines: commands.map(WorkOrderCommandText.text),
                                                    options: [.init(key: "y", label: "全部执行")]))
        return nil
    }

    private mutating func promptCommands(_ ask: WorkOrderAsk, _ text: String, context: WorkOrderContext) -> [WorkOrderCommand]? {
        switch ask {
        case .filter:
            browser.filter = WorkOrderFilter(text)
            message = browser.filter.isEmpty ? .note("已清除筛选") : .note("筛选：\(text)（Esc 清除标记，/ 后留空清除筛选）")
        case .jump:
            jump(to: text, context: context)
        case let .push(orders, level):
            return orders.map { .push(order: $0, level: level, note: text) }
        case .recall(let order):
            return [.recall(order: order, reason: text.isEmpty ? nil : text)]
        case .sendBack(let order):
            return [.review(order: order, accept: false, reason: text)]
        case .rejectReturn(let order):
            return [.rejectReturn(order: order, reason: text)]
        case .classify(let order):
            return [.classify(order: order, category: text.trimmingCharacters(in: .whitespaces).uppercased())]
        case .returnUp(let order):
            return [.returnToDispatcher(order: order, note: text)]
        case .complainedAbout(let order):
            return [.recordComplainedAbout(order: order, person: text)]
        case let .followUpNote(order, satisfaction, method):
            return [.followUp(order: order, satisfaction: satisfaction, note: text, method: method)]
        default:
            break
        }
        return nil
    }

    private mutating func formCommands(_ ask: WorkOrderAsk, _ values: [String], context: WorkOrderContext) throws(NewOrderForm.Problem) -> [WorkOrderCommand]? {
        switch ask {
        case .dispatch(let orders):
            let supporting = DepartmentList.parse(values[1])
            let reason = values[2].trimmingCharacters(in: .whitespaces)
            return orders.map { .dispatch(order: $0, leadDepartment: values[0], supportingDepartments: supporting, reason: reason.isEmpty ? nil : reason) }
        case .invite(let order):
            return [.inviteJointDiagnosis(order: order, departments: DepartmentList.parse(values[0]), question: values[1])]
        case .rule(let order):
            let atFault = values[0].contains("有") || values[0].lowercased().hasPrefix("y")
            return [.ruleResponsibility(order: order, ResponsibilityRuling(
                finding: atFault ? .atFault : .notAtFault, department: atFault ? values[1] : nil, person: atFault ? values[2] : nil))]
        case .newOrder:
            return [.receive(try NewOrderForm.intake(values, context: context).get())]
        default:
            break
        }
        return nil
    }

    private mutating func choiceCommands(_ ask: WorkOrderAsk, _ option: Character, context: WorkOrderContext) -> [WorkOrderCommand]? {
        switch ask {
        case .preview(let commands): return commands
        case .confirmReturn(let order):
            if option == "y" { return [.confirmReturn(order: order)] }
            dialog = .prompt(.rejectReturn(order: order), Prompt(title: "驳回回退 \(order)", question: "驳回理由（部门将看到，为何仍应由其办理）："))
        case .close(let order): return [.close(order: order)]
        case .review(let order):
            if option == "y" { return [.review(order: order, accept: true, reason: nil)] }
            dialog = .prompt(.sendBack(order: order), Prompt(title: "退回答复 \(order)", question: "退回原因（部门要补什么）："))
        case .followUp(let order):
            let method = FollowUpMethod.allCases[Int(String(option))! - 1]
            dialog = .choice(.followUpSatisfaction(order: order, method: method), FollowUpDialog.satisfaction(order, method: method))
        case let .followUpSatisfaction(order, method):
            let satisfaction = Satisfaction.allCases[Int(String(option))! - 1]
            dialog = .prompt(.followUpNote(order: order, satisfaction: satisfaction, method: method),
                             FollowUpDialog.note(order, satisfaction: satisfaction, method: method))
        default:
            break
        }
        return nil
    }

    /// `:` accepts 「GD000012」, 「gd12」 or 「12」, or the order's 95598 number; the order is
    /// shown in 全部 with its detail open. Seven digits or more that are no order's number
    /// are a phone number or 户号: the customer's history opens instead.
    private mutating func jump(to text: String, context: WorkOrderContext) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let order = context.book.orders.first(where: { $0.hotlineNumber == trimmed && !trimmed.isEmpty }) {
            return open(order)
        }
        let digits = text.filter(\.isNumber)
        if digits.count >= 7 {
            let key = CustomerHistory.Key(phone: digits, accountNumber: digits)
            dialog = .choice(.customerHistory, CustomerHistoryDialog.choice(key, context: context))
            return
        }
        guard let number = Int(digits), let order = context.book.orders.first(where: { Int($0.number.filter(\.isNumber)) == number }) else {
            message = .error("没有工单 \(text)，请核对工单号")
            return
        }
        open(order)
    }

    private mutating func open(_ order: WorkOrder) {
        section = .all
        browser.filter = WorkOrderFilter("")
        browser.selected = order.number
        browser.openDetail()
    }
}
