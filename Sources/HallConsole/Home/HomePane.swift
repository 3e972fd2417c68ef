import HallDomain
import TermUI

/// The first screen: which hall this is, who is at the terminal and what they may open,
/// and whether the log can be trusted.
struct HomePane {
    var facts: ConsoleFacts
    var state: HallState
    /// The panes this terminal can Tab to.
    var panes: [PaneID]

    func draw(into buffer: inout Buffer, in rect: Rect, theme: Theme) {
        var y = rect.minY
        let valueX = rect.minX + 13
        /// A label and its value; a long value wraps under itself rather than being cut.
        func line(_ label: String, _ value: String, role: ThemeRole = .normal) {
            guard y < rect.maxY else { return }
            buffer.put(TextFit.pad(label, width: 12), at: Point(x: rect.minX + 1, y: y), role: .muted, clip: rect)
            for part in TextFit.wrap(value, width: max(1, rect.maxX - valueX)) where y < rect.maxY {
                buffer.put(part, at: Point(x: valueX, y: y), role: role, clip: rect)
                y += 1
            }
        }
        func heading(_ text: String) {
            guard y < rect.maxY else { return }
            buffer.put(text, at: Point(x: rect.minX + 1, y: y), role: .header, clip: rect)
            y += 1
        }

        heading("营业厅")
        line("名称", facts.hall.name, role: .title)
        line("供电所", facts.hall.station)
        line("营业时间", facts.hall.openingHours.map { "\($0.start)–\($0.end)" }.joined(separator: "，"))
        line("等候目标", "平均不超过 \(facts.hall.waitTargetMinutes) 分钟")
        y += 1

        heading("当前操作人")
        if let member = facts.member {
            line("姓名", "\(member.name)（工号 \(member.id)，登录名 \(facts.login)）")
            line("角色", member.roles.map(\.chineseName).joined(separator: "、"))
            if let department = member.department { line("部门", department) }
        } else {
            line("登录名", "\(facts.login) 不在人员名单里：只能查看。请管理员把你加入 staff.toml。", role: .warning)
        }
        line("终端", facts.terminal)
        line("可用窗格", panes.map(\.title).joined(separator: "、") + "（Tab 切换）")
        y += 1

        heading("事件日志")
        line("记录数", "\(facts.log.records) 条")
        line("最后写入", facts.log.lastWrite.map { ReadableTime.of($0) } ?? "尚无记录")
        switch facts.log.check {
        case .wholeChain where facts.log.records == 0:
            line("校验", "日志为空，尚无可核对的记录", role: .muted)
        case .wholeChain:
            line("校验", "全部 \(facts.log.records) 条记录的哈希链已逐条核对：通过", role: .ok)
        case .sinceSnapshot(let seq):
            line("校验", "快照 #\(seq) 与日志相符，其后记录逐条核对：通过（全量校验：halldesk log verify）", role: .ok)
        case .wholeChainSnapshotRejected(let notice):
            line("校验", "\(notice)；全部 \(facts.log.records) 条记录的哈希链已逐条核对：通过（重写快照：halldesk log snapshot）", role: .warning)
        case .alarm(let text):
            line("校验", "告警：\(text)", role: .error)
        }
        if let reason = facts.log.readOnlyReason {
            line("只读", reason, role: .warning)
        }
        if !state.repairs.isEmpty {
            line("断尾修复", "\(state.repairs.count) 次，被切下的字节保存在 quarantine/", role: .warning)
        }
        line("数据目录", facts.dataFolder, role: .muted)
    }
}
