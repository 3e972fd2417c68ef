import Foundation

/// 被投诉人: recorded on a complaint by the coordinator; kept from handling or answering it.
extension WorkOrderDecision {
    /// `person` is a roster id or a name; a name that is one member's is recorded with their id.
    func recordComplainedAbout(_ number: String, person: String) throws(HallRefusal) -> [WorkOrderEvent] {
        let order = try order(number)
        guard order.kind == .complaint else {
            throw HallRefusal(.notAComplaint, "工单 \(number) 是\(order.kind.chineseName)，不是投诉；被投诉人只在投诉工单上登记")
        }
        guard order.status.isOpen else {
            throw HallRefusal(.workOrderWrongStatus, "工单 \(number) 当前为“\(order.status.chineseName)”，不能登记被投诉人")
        }
        let typed = person.trimmingCharacters(in: .whitespacesAndNewlines)
        try requireText(typed, .complainedAboutMissing, "请填写被投诉人的工号或姓名")
        let members = catalog.roster.members
        let found = members.first { $0.id == typed } ?? {
            let named = members.filter { $0.name == typed }
            return named.count == 1 ? named[0] : nil
        }()
        let recorded = found.map { ComplainedAbout(staffID: $0.id, name: $0.name) } ?? ComplainedAbout(staffID: nil, name: typed)
        return [.complainedAboutRecorded(ComplainedAboutRecorded(order: number, person: recorded))]
    }

    /// Refuses the person a complaint is about any part in handling or answering it.
    /// Checked once for every such command, before the command's own rules.
    func refuseComplainedAbout(_ command: WorkOrderCommand) throws(HallRefusal) {
        let number: String
        switch command {
        case .accept(let order), .firstContact(let order, _, _), .progressNote(let order, _), .reply(let order, _),
             .interimReply(let order, _, _), .recordFinding(let order, _), .returnOrder(let order, _, _):
            number = order
        default:
            return
        }
        guard let person = book.order(number)?.complainedAbout, person.isSelf(actor) else { return }
        throw HallRefusal(.complainedAboutActs,
                          "被投诉人不得处理或答复针对本人的投诉：工单 \(number) 投诉的是您本人，请由本部门其他经办人办理，或请协调员改派")
    }
}
