/// Every kind of thing staff may ask HallDesk to do, named once so that the permission
/// matrix, the denial log and `halldesk staff permissions` speak of the same actions.
///
/// Commands map onto these with exhaustive switches (`HallCommand.access`,
/// `WorkOrderCommand.access`), so a new command cannot compile without naming its action,
/// and `PermissionMatrix.grants` cannot compile without saying who may do a new action.
public enum Action: String, Sendable, Equatable, Codable, CaseIterable {
    // At the door (导引台)
    case answerAtDoor, turnAway, issueSlip, markFormsPrefilled, reprintSlip, reinstateSlip, transferSlip
    // At a counter (窗口)
    case openCounter, pauseCounter, closeCounter, callNext, recallSlip, markNoShow, startService, finishService
    // Work orders (工单)
    case viewOrder, receiveOrder, dispatchOrder, recallOrder, confirmReturn, rejectReturn, acknowledgeMajor, pushOrder, linkOrders
    case classifyOrder, returnToDispatcher
    case inviteJointDiagnosis, reviewReply, followUp, closeOrder, ruleResponsibility
    case acceptOrder, recordFirstContact, recordProgress, replyToOrder, returnOrder, recordFinding
    // Escalation by time (按时限升级)
    case escalateByTime, acknowledgeEscalation
    // Notices to customers (短信提醒)
    case sendNotices
    // Appointments (预约)
    case keepAppointments, recordMissedAppointments
    // Improvement cases (改进案例)
    case openCase, addToCase, recordCaseProgress, finishCase, dismissSuggestion
    // Roster and privacy
    case setPin, seeCustomerContact, exportUnmasked

    /// The action as staff say it, to finish 「…不能___」.
    public var chineseName: String {
        switch self {
        case .answerAtDoor: "门口解答"
        case .turnAway: "开具一次性告知单"
        case .issueSlip: "发号"
        case .markFormsPrefilled: "登记预填表单"
        case .reprintSlip: "补打小票"
        case .reinstateSlip: "恢复过号"
        case .transferSlip: "转队"
        case .openCounter: "开放窗口"
        case .pauseCounter: "暂停窗口"
        case .closeCounter: "关闭窗口"
        case .callNext: "叫号"
        case .recallSlip: "重呼"
        case .markNoShow: "标记过号"
        case .startService: "开始办理"
        case .finishService: "办结业务"
        case .viewOrder: "查看工单"
        case .receiveOrder: "受理工单"
        case .dispatchOrder: "派单"
        case .recallOrder: "撤回工单"
        case .confirmReturn: "确认回退"
        case .rejectReturn: "驳回回退"
        case .acknowledgeMajor: "确认重大工单"
        case .classifyOrder: "归类工单"
        case .returnToDispatcher: "退回上级派单"
        case .pushOrder: "催办督办"
        case .linkOrders: "关联工单"
        case .inviteJointDiagnosis: "发起联合会诊"
        case .reviewReply: "审核答复"
        case .followUp: "回访"
        case .closeOrder: "办结工单"
        case .ruleResponsibility: "定责"
        case .acceptOrder: "接单"
        case .recordFirstContact: "登记联系客户"
        case .recordProgress: "记录工单进展"
        case .replyToOrder: "答复工单"
        case .returnOrder: "回退工单"
        case .recordFinding: "填写会诊意见"
        case .openCase: "建立改进案例"
        case .addToCase: "向改进案例添加工单"
        case .recordCaseProgress: "记录改进进展"
        case .finishCase: "确认改进案例完成"
        case .dismissSuggestion: "驳回改进建议"
        case .escalateByTime: "按时限升级工单"
        case .acknowledgeEscalation: "确认已知悉升级"
        case .sendNotices: "发送客户提醒短信"
        case .keepAppointments: "登记或取消预约"
        case .recordMissedAppointments: "记录预约失约"
        case .setPin: "设置 PIN"
        case .seeCustomerContact: "查看完整的客户联系方式"
        case .exportUnmasked: "导出未遮蔽的客户资料"
        }
    }
}
