import TermUI

/// The key bar for the pane and focus at hand: only keys that do something now, most
/// needed first (help and quit lead), since the bar drops whole items that do not fit.
enum ConsoleKeyHints {
    /// The pane's hints, then the demo's (last: a pane's own keys matter more when space is short).
    static func hints(_ model: ConsoleModel, demo: DemoFacts?) -> [KeyHint] {
        if model.showingHelp { return [KeyHint("Esc", "关闭帮助")] }
        guard let demo else { return paneHints(model) }
        let pause = KeyHint("F3", demo.stage == .paused ? "继续演示" : "暂停演示")
        return paneHints(model) + (model.capturesText || model.hasDialog ? [pause] : [pause, KeyHint("-+", "演示速度")])
    }

    private static func paneHints(_ model: ConsoleModel) -> [KeyHint] {
        let help = KeyHint("F1", "帮助", alternate: model.capturesText ? nil : "?")
        let tab = KeyHint("Tab", "切换窗格")
        let quit = KeyHint("q", "退出")
        switch model.pane {
        case .home: return [help, tab, quit]
        case .manager:
            return model.manager.openQueue == nil ? [help, tab, KeyHint("↑↓", "选队列"), KeyHint("Enter", "看等候的号"), quit]
                : [help, tab, KeyHint("Esc", "返回看板"), quit]
        case .reports: return [help, tab, KeyHint("←→", "工单/营业厅"), KeyHint("r", "刷新"), quit]
        case .eventLog: return [help, tab, KeyHint("↑↓", "移动"), quit]
        case .guide: return [help] + GuideKeys.hints(model.guide)
        case .counter: return [help] + (model.hasDialog ? [] : [quit]) + counter(model.counterDesk)
        case .coordinator: return [help] + (model.hasDialog ? [] : [quit]) + coordinator(model.coordinatorDesk)
        case .department: return [help] + (model.hasDialog ? [] : [quit]) + department(model.departmentDesk)
        }
    }

    private static func coordinator(_ desk: CoordinatorPaneModel) -> [KeyHint] {
        if let dialog = desk.dialog { return dialogHints(dialog) }
        if desk.browser.showingDetail { return [KeyHint("↑↓", "滚动"), KeyHint("Esc", "返回列表")] + coordinatorActions }
        return [KeyHint("←→", "分区"), KeyHint("Enter", "详情")] + coordinatorActions
            + [KeyHint("v", "标记"), KeyHint("/", "筛选"), KeyHint(":", "跳转"), KeyHint("N", "受理"), KeyHint("h", "会诊"), KeyHint("L", "关联批量")]
    }

    private static let coordinatorActions = [
        KeyHint("d", "派单"), KeyHint("p", "催办"), KeyHint("c", "确认回退"), KeyHint("r", "审核"), KeyHint("f", "回访"),
        KeyHint("x", "办结"), KeyHint("j", "定责"), KeyHint("a", "确认重大"), KeyHint("R", "撤回"), KeyHint("P", "督办"),
        KeyHint("k", "确认升级"),
    ]

    private static func department(_ desk: DepartmentPaneModel) -> [KeyHint] {
        if let dialog = desk.dialog { return dialogHints(dialog) }
        return (desk.browser.showingDetail ? [] : [KeyHint("Enter", "详情")])
            + [KeyHint("a", "接单"), KeyHint("c", "联系客户"), KeyHint("n", "进展"), KeyHint("p", "阶段回复"), KeyHint("r", "答复"), KeyHint("b", "申请回退"),
               KeyHint("i", "会诊意见"), KeyHint("/", "筛选"), KeyHint("k", "确认升级")]
    }

    private static func dialogHints(_ dialog: WorkOrderDialog) -> [KeyHint] {
        switch dialog {
        case .form: [KeyHint("Tab", "换栏"), KeyHint("F2", "提交"), KeyHint("Esc", "取消")]
        case .prompt: [KeyHint("Enter", "确定"), KeyHint("Esc", "取消")]
        case .choice(_, let choice): choice.options.map { KeyHint(String($0.key), $0.label) } + [KeyHint("Esc", "取消")]
        }
    }

    private static func counter(_ desk: CounterPaneModel) -> [KeyHint] {
        switch desk.dialog {
        case .confirmClose: return [KeyHint("y", "确认关窗"), KeyHint("N", "取消")]
        case .confirmTakeOver: return [KeyHint("y", "确认接管"), KeyHint("N", "取消")]
        case .transfer: return [KeyHint("↑↓", "选择"), KeyHint("Enter", "确定"), KeyHint("Esc", "取消")]
        case .rate: return [KeyHint("1", "非常满意"), KeyHint("2", "满意"), KeyHint("3", "不满意"), KeyHint("Esc", "不评价")]
        case .reinstate, .pause, .callGivenNumber, .callGivenReason: return [KeyHint("Enter", "确定"), KeyHint("Esc", "取消")]
        case nil:
            return [KeyHint("F5", "叫号", alternate: "n"), KeyHint("F6", "重呼", alternate: "r"), KeyHint("F7", "过号", alternate: "x"),
                    KeyHint("b", "开始办理"), KeyHint("F9", "办结", alternate: "f"), KeyHint("t", "转队"), KeyHint("i", "恢复"),
                    KeyHint("o", "开窗"), KeyHint("p", "暂停"), KeyHint("c", "关窗"), KeyHint("g", "指定呼叫"), KeyHint("v", "评价")]
        }
    }
}
