import ArgumentParser

struct CaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "case",
        abstract: "改进案例（客户问题分析改进制度）：找出多张工单背后的同一原因，定措施、责任部门和期限，跟踪到完成。",
        discussion: """
        立案、加单、确认完成和驳回建议由协调员或所长操作；进展也可由责任部门的经办人记录。\
        suggest 按同类同片区、重复诉求和批量预警列出尚未立案的工单组；不合规的操作会被拒绝并说明原因\
        （退出码 1），日志里什么也不记。操作人取 --staff 工号，缺省为当前 Unix 登录名对应的人员。
        """,
        subcommands: [
            CaseOpenCommand.self, CaseLinkCommand.self, CaseProgressCommand.self, CaseDoneCommand.self, CaseListCommand.self,
            CaseSuggestCommand.self, CaseDismissCommand.self,
        ]
    )
}
