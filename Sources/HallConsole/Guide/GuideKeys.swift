import TermUI

/// The guide pane's keys, for the key bar and the help overlay, kept beside the pane that
/// acts on them so that the two cannot drift apart. Commands are F-keys only; letters are
/// text wherever the focus is.
enum GuideKeys {
    /// Only keys that do something now, the likely next one first.
    static func hints(_ guide: GuidePaneModel) -> [KeyHint] {
        if guide.dialog != nil { return [KeyHint("Enter", "确定"), KeyHint("Esc", "取消")] }
        let later = [KeyHint("F11", "预约签到"), KeyHint("F10", "补打小票"), KeyHint("F12", "下一位"), KeyHint("F8", "预填登记"),
                     KeyHint("Tab", "切换窗格")]
        switch guide.focus {
        case .phone: return [KeyHint("Enter", "完成"), KeyHint("Esc", "返回表单")]
        case .search where guide.business == nil:
            return [KeyHint("↑↓", "选择"), KeyHint("Enter", "选定")] + later
        case .search:
            return [KeyHint("Enter", "选定"), KeyHint("Esc", "回到表单")] + actions(guide) + later
        case .form:
            return actions(guide) + [KeyHint("空格", "勾选/切换"), KeyHint("↑↓", "移动"), KeyHint("F7", "门口解答")] + later
        }
    }

    private static func actions(_ guide: GuidePaneModel) -> [KeyHint] {
        guide.missing.isEmpty ? [KeyHint("F5", guide.appointment == nil ? "发号" : "签到发号")] : [KeyHint("F6", "告知单"), KeyHint("F9", "特批发号")]
    }

    /// The help overlay's lines for the guide pane, each whole in the overlay at 80×24.
    static let help: [(keys: String, meaning: String)] = [
        ("字母、数字", "只是查找文字，从不是命令"),
        ("↑ ↓  Enter", "选择查找结果 / 选定业务"),
        ("↑ ↓  空格", "表单里移动 / 勾选、切换"),
        ("Esc", "在查找与表单之间切换"),
        ("F5", "发号（资料齐全时）"),
        ("F6", "开具一次性告知单（有缺项时）"),
        ("F7", "门口解答，不取号"),
        ("F8", "登记某号已预填表单"),
        ("F9", "资料不全：所长输工号和 PIN 特批"),
        ("F10", "补打最近一张小票（记入日志）"),
        ("F11", "预约签到：选今天的预约带入表单"),
        ("F12", "下一位客户：清空表单和提示"),
        ("Tab", "切换窗格（别的窗格按 q 退出）"),
    ]
}
