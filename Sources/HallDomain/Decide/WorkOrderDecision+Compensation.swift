import Foundation

/// 赔偿类: a reply that finds the utility at fault says what caused the damage, so the
/// month's report can count the causes (seed 000, 3.2). Elsewhere no cause is kept.
extension WorkOrderDecision {
    /// The reply as it is recorded: the cause required on an at-fault compensation reply,
    /// dropped on any other, so the report never counts a cause that is not one.
    func withFaultCause(_ reply: WorkOrderReply, on order: WorkOrder) throws(HallRefusal) -> WorkOrderReply {
        var reply = reply
        let cause = reply.faultCause?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        guard settings.category(code: order.category)?.compensation == true, reply.utilityAtFault else {
            reply.faultCause = nil
            return reply
        }
        guard !cause.isEmpty else {
            throw HallRefusal(.replyIncomplete, "答复缺少：损坏原因。赔偿工单认定我方有责的，须写明损坏产生的原因（如“台区零线断线致过电压”），月报按原因统计")
        }
        reply.faultCause = cause
        return reply
    }
}
