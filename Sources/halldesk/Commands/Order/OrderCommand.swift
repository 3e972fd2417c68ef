import ArgumentParser

struct OrderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "order",
        abstract: "工单：受理、派单、处理、答复、审核、回访、办结、定责，以及催办、撤回、回退和查看。",
        discussion: """
        与控制台的协调员、部门面板共用同一套规则：谁能做什么、何时能做，都由同一处判定，\
        不合规的操作会被拒绝并说明原因（退出码 1），日志里不记工单事件；角色不允许的操作另记一条 actionDenied。\
        操作人为当前 Unix 登录名对应的人员（--staff 见 halldesk staff switch）。
        """,
        subcommands: [
            OrderNewCommand.self, OrderDispatchCommand.self, OrderAcceptCommand.self, OrderContactCommand.self, OrderContactFailedCommand.self, OrderNoteCommand.self,
            OrderReplyCommand.self, OrderReviewCommand.self, OrderFollowUpCommand.self, OrderCloseCommand.self, OrderRuleCommand.self,
            OrderPushCommand.self, OrderRecallCommand.self, OrderReturnCommand.self, OrderConfirmReturnCommand.self,
            OrderRejectReturnCommand.self, OrderAcknowledgeCommand.self, OrderClassifyCommand.self, OrderReturnUpCommand.self,
            OrderInviteCommand.self,
            OrderFindingCommand.self, OrderLinkCommand.self, OrderEscalateDueCommand.self, OrderAcknowledgeEscalationCommand.self,
            OrderInterimCommand.self, OrderComplainedAboutCommand.self,
            OrderListCommand.self, OrderShowCommand.self, OrderHistoryCommand.self, OrderWarningsCommand.self, OrderCategoriesCommand.self,
        ]
    )
}
