import TermUI

/// The `?` screen: the keys of the current pane, in Chinese, over it.
struct HelpOverlay {
    var pane: PaneID
    /// `halldesk demo` is running: its keys are listed too.
    var demo = false

    static let common: [(keys: String, meaning: String)] = [
        ("F1 或 ?", "打开/关闭本帮助"),
        ("Tab / Shift-Tab", "切换到下一个/上一个窗格"),
        ("F4", "换人：共用终端输入工号和 PIN"),
    ]

    static let demoKeys: [(keys: String, meaning: String)] = [
        ("F3 或 Ctrl-P", "演示：暂停 / 继续（模拟时钟停走）"),
        ("-   +", "演示：减速 / 加速（×1 至 ×600）"),
    ]

    static let browsing: [(keys: String, meaning: String)] = [
        ("↑ ↓ 或 j k", "上下移动（事件日志）"),
        ("PgUp PgDn", "翻页"),
        ("Home End 或 g G", "到最早/最新一条"),
        ("Esc", "返回上一层（关闭帮助）"),
        ("q", "在最上层退出控制台"),
    ]

    static let counter: [(keys: String, meaning: String)] = [
        ("o", "开窗（恢复暂停的窗口）"),
        ("F5 或 n", "叫下一位（窗口设了 call_next_finishes 时先办结手上的号）"),
        ("g", "指定呼叫：输入小票号和原因，原因记入日志（同 F5，设了 call_next_finishes 时先办结手上的号）"),
        ("F6 或 r", "重呼手上的号"),
        ("F7 或 x", "过号（可在规定时间内恢复）"),
        ("b", "客户已到窗口，开始办理"),
        ("F9 或 f", "办结"),
        ("t", "转队（从列出的队列中选择）"),
        ("v", "客户评价：1 非常满意 2 满意 3 不满意"),
        ("i", "恢复过号（输入小票号）"),
        ("p", "暂停（写明原因）"),
        ("c", "关窗（y 确认，其他键取消）"),
        ("q", "在最上层退出控制台"),
    ]

    static let manager: [(keys: String, meaning: String)] = [
        ("↑ ↓  Enter  Esc", "选队列 / 列出此队等候的号和已等时间 / 返回"),
        ("（只读）", "看板随各终端的操作实时更新"),
        ("等候", "此队现在等候的人数"),
        ("最长已等", "等得最久的一位已等多久；超过目标分钟数标「超时」"),
        ("新到预计", "现在取号的人预计等多久（按开放窗口和办理速度）"),
        ("平均等候 P90", "今日已叫号的等候：平均，九成人不超过的分钟数"),
        ("达标率", "今日已叫号中在目标分钟数内叫到的比例"),
        ("已办理", "窗口手上的号从叫号或开始办理至今的分钟数"),
        ("空闲有人等", "今日窗口开着、手上无号而其队列有人等的分钟数"),
        ("过号", "叫号未到且未恢复、未办结的号（与报表同一口径）"),
        ("超时 无窗口 空闲", "告警：等候超目标 / 开放窗口都不办此队 / 窗口空着"),
        ("q", "退出控制台"),
    ]

    static let coordinator: [(keys: String, meaning: String)] = [
        ("← → 或 1-8", "切换分区：待派 处理中 临期 超期 待审核 待回访 待定责 全部"),
        ("↑ ↓  Enter  Esc", "选择 / 看详情（经过、为何此时到期）/ 返回"),
        ("/   :", "筛选（按类别、区域、部门等）/ 跳到工单号"),
        ("v", "标记，d p P 对已标记的工单批量操作（先预览）"),
        ("d   R", "派单（含改派）/ 撤回"),
        ("p   P", "催办 / 督办（第三次或超期时升级）"),
        ("c   r", "确认部门的回退申请 / 审核答复（通过或退回）"),
        ("f   x   j", "回访 / 办结 / 定责"),
        ("a   N", "确认重大工单 / 受理新工单（区域按地址判断）"),
        ("h   L", "邀请联合会诊 / 把批量预警的工单关联为批量"),
        ("k", "所长确认已知悉超期升级（↑ 标记的工单；临期、超期时工单自动升级）"),
        ("g   b", "归类待归类工单 / 非本所属地的工单退回上级派单"),
        ("t", "登记投诉工单的被投诉人（此人不得处理或答复本单）"),
    ]

    static let department: [(keys: String, meaning: String)] = [
        ("↑ ↓  Enter  Esc", "选择 / 看详情 / 返回"),
        ("a", "接单"),
        ("c", "登记联系客户（电话或上门；联系不上写“未联系上”及原因）"),
        ("n", "记录进展"),
        ("p", "阶段回复：告诉客户进展并承诺何时再答复（过时未答复记为失约）"),
        ("r", "答复（按类别模板预填，请按实际修改）"),
        ("b", "申请回退（派单员确认后生效，时限照计）"),
        ("i", "写本部门的联合会诊意见"),
        ("k", "部门负责人确认已知悉升级（↑ 标记的工单，临期时自动升级到负责人）"),
        ("/", "筛选"),
    ]

    static let reports: [(keys: String, meaning: String)] = [
        ("← → 或 1 2", "本月工单 / 营业厅"),
        ("r", "重新读取日志，更新数字"),
        ("（月报全文）", "halldesk report month YYYY-MM，可导出 CSV"),
        ("q", "退出控制台"),
    ]

    /// The keys of every pane first, the demo's next (they too work everywhere), then the
    /// pane's own: when the box scrolls, the keys that work everywhere are seen first.
    var entries: [(keys: String, meaning: String)] {
        Self.common + (demo ? Self.demoKeys : []) + paneEntries
    }

    private var paneEntries: [(keys: String, meaning: String)] {
        switch pane {
        case .home, .eventLog: Self.browsing
        case .guide: GuideKeys.help
        case .counter: Self.counter
        case .manager: Self.manager
        case .coordinator: Self.coordinator
        case .reports: Self.reports
        case .department: Self.department
        }
    }

    /// Columns the keys take before their meaning.
    private static let keysWidth = 20

    /// Where the box goes in `area`: up to 60 columns wide, as tall as its lines need.
    private func box(in area: Rect) -> Rect {
        let width = min(area.width - 4, 60)
        let height = min(area.height - 2, lines(width: width).count + 5)
        return Rect(x: area.minX + (area.width - width) / 2, y: area.minY + (area.height - height) / 2, width: width, height: height)
    }

    /// Each entry's meaning wrapped beside its keys, so nothing is cut at 80 columns;
    /// `keys` is empty on a continuation line.
    private func lines(width: Int) -> [(keys: String, meaning: String)] {
        let meaningWidth = max(1, width - 2 - 2 - Self.keysWidth - 1 - 1)
        return entries.flatMap { entry in
            TextFit.wrap(entry.meaning, width: meaningWidth).enumerated().map { ($0.offset == 0 ? entry.keys : "", $0.element) }
        }
    }

    /// Rows of entries the box shows at once, and how many lines there are.
    private func rows(in area: Rect) -> (visible: Int, total: Int) {
        let rect = box(in: area)
        return (max(0, rect.height - 2 - 2), lines(width: rect.width).count)
    }

    /// The first line shown for a requested scroll offset: the last page at most.
    func clampedOffset(_ offset: Int, in area: Rect) -> Int {
        let rows = rows(in: area)
        return min(max(0, offset), max(0, rows.total - rows.visible))
    }

    /// Draws the box over `area`, scrolled `offset` lines down when the pane's keys do not
    /// fit (the last line says so and how to scroll).
    func draw(into buffer: inout Buffer, in area: Rect, theme: Theme, offset: Int = 0) {
        let rect = box(in: area)
        let lines = lines(width: rect.width)
        let (visible, total) = rows(in: area)
        let first = clampedOffset(offset, in: area)
        let inner = BoxedPane(title: "帮助", isFocused: true).draw(into: &buffer, in: rect, theme: theme)
        for (row, line) in lines.dropFirst(first).prefix(visible).enumerated() {
            let y = inner.minY + 1 + row
            let x = buffer.put(TextFit.pad(line.keys, width: Self.keysWidth), at: Point(x: inner.minX + 2, y: y), role: .keyHint, clip: inner)
            buffer.put(line.meaning, at: Point(x: x + 1, y: y), clip: inner)
        }
        let more = total > visible ? "  ↑↓ 翻看（第 \(first + 1)–\(first + visible) 行，共 \(total) 行）" : ""
        buffer.put(TextFit.fit("按 Esc 或 ? 关闭" + more, width: inner.width - 2), at: Point(x: inner.minX + 2, y: inner.maxY - 1), role: .muted, clip: inner)
    }
}
