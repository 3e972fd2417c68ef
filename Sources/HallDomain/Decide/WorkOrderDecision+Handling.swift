import Foundation

/// The lead department's side: accept, contact, note, reply, ask to return.
extension WorkOrderDecision {
    func accept(_ number: String) throws(HallRefusal) -> [WorkOrderEvent] {
        let order = try order(number)
        try require(order, in: [.dispatched], to: "接单")
        return [.accepted(WorkOrderAccepted(order: number, department: order.leadDepartment))]
    }

    func firstContact(_ number: String, onSite: Bool, note: String) throws(HallRefusal) -> [WorkOrderEvent] {
        let order = try order(number)
        try require(order, in: [.inHand], to: "登记联系客户（请先接单）")
        try requireText(note, .noteMissing, "请写明与客户联系的情况后再登记")
        return [.contacted(WorkOrderContacted(order: number, onSite: onSite, note: note))]
    }

    /// 电话无人接听、号码空号、客户拒接: each try that failed, so a reply can show contact was attempted.
    func contactFailed(_ number: String, reason: String) throws(HallRefusal) -> [WorkOrderEvent] {
        let order = try order(number)
        try require(order, in: [.inHand], to: "登记联系未成功（请先接单）")
        try requireText(reason, .reasonMissing, "请写明联系未成功的原因（如电话无人接听、号码空号、客户拒接）后再登记")
        return [.contactFailed(WorkOrderContactFailed(order: number, reason: reason))]
    }

    func progressNote(_ number: String, note: String) throws(HallRefusal) -> [WorkOrderEvent] {
        let order = try order(number)
        try require(order, in: [.inHand], to: "记录进展")
        try requireText(note, .noteMissing, "进展说明为空，请写明进展后再记录")
        return [.progressNoted(WorkOrderProgressNoted(order: number, note: note))]
    }

    func reply(_ number: String, _ reply: WorkOrderReply) throws(HallRefusal) -> [WorkOrderEvent] {
        let order = try order(number)
        try require(order, in: [.inHand], to: "答复")
        let missing = reply.missingParts
        guard missing.isEmpty else {
            throw HallRefusal(.replyIncomplete, "答复缺少：\(missing.joined(separator: "、"))。请补齐后再提交")
        }
        try requireContactAttempted(order)
        try requireHandlingTime(reply.handledAt, of: order)
        return [.replied(WorkOrderReplied(order: number, reply: try withFaultCause(reply, on: order)))]
    }

    /// Only a wrong address, category or owner justifies a return; it takes effect when the dispatcher confirms.
    func returnOrder(_ number: String, reason: ReturnReason, note: String) throws(HallRefusal) -> [WorkOrderEvent] {
        let order = try order(number)
        try require(order, in: [.dispatched, .inHand], to: "回退")
        guard order.pendingReturn == nil else {
            throw HallRefusal(.returnPending, "工单 \(number) 已申请回退，请联系派单员确认")
        }
        try requireText(note, .noteMissing, "回退须说明具体情况（如正确的地址或归属），请补充后再提交")
        return [.returnRequested(WorkOrderReturnRequested(order: number, department: order.leadDepartment ?? "", reason: reason,
                                                          note: note))]
    }
}
