import Foundation
import HallDomain
import TermUI

/// The bureau coordinator's screen (区局/供电局协调, `halldesk bureau`): every hall of the
/// database on one line — customers waiting and the longest wait, open work orders by
/// urgency band (逾期, 预警, 正常), escalations not acknowledged, and the last record's time,
/// marked 停滞 when the hall has been silent for `HallStanding.staleAfter` — and, on Enter,
/// that hall's open orders as its own coordinator's list ranks them (`UrgencyOrder`).
///
/// It reads and never acts: no key changes anything in any hall. What is done about an
/// order is done at the hall's own console, under its own roster and rights.
public struct BureauBoard: Sendable, Equatable {
    /// The rules' owner, shown in the header, e.g. 顺德供电局.
    public var title: String
    public var now: Date
    public var zone: TimeZone
    public var halls: [HallStanding]
    /// The hall the cursor is on.
    public private(set) var selected = 0
    /// The hall whose open orders are listed, with them, when Enter opened one.
    public private(set) var opened: OpenedHall?
    private var orderTable = TableView(columns: [], rows: [])

    public init(title: String, now: Date, zone: TimeZone, halls: [HallStanding]) {
        self.title = title
        self.now = now
        self.zone = zone
        self.halls = halls
    }

    /// A hall gone into with Enter: its name and its open orders, most urgent first.
    public struct OpenedHall: Sendable, Equatable {
        public var hall: String
        public var orders: [BureauOrderLine]
    }

    /// What a key asks of the loop beyond moving the cursor.
    public enum Request: Equatable, Sendable {
        case none, quit
        /// List this hall's open orders (the loop reads them and calls `open`).
        case orders(hall: String)
    }

    /// Moves the cursor, goes into a hall (Enter) or back (Esc), or quits (`q`). No key acts.
    public mutating func handle(_ key: Key, visibleRows: Int) -> Request {
        switch key {
        case .character("q"), .character("Q"), .control("c"): return .quit
        case .escape, .backspace, .left:
            if opened == nil { return .none }
            opened = nil
        case .up, .character("k"): move(-1, visibleRows: visibleRows)
        case .down, .character("j"): move(1, visibleRows: visibleRows)
        case .pageUp: move(-max(1, visibleRows), visibleRows: visibleRows)
        case .pageDown: move(max(1, visibleRows), visibleRows: visibleRows)
        case .enter, .right:
            guard opened == nil, halls.indices.contains(selected) else { return .none }
            return .orders(hall: halls[selected].hall)
        default: break
        }
        return .none
    }

    /// Shows `orders` as the open orders of `hall`, the cursor on the first.
    public mutating func open(_ hall: String, orders: [BureauOrderLine]) {
        opened = OpenedHall(hall: hall, orders: orders)
        orderTable = TableView(columns: Self.orderColumns, rows: orders.map(\.cells), selection: 0)
    }

    /// New figures (the loop refreshes them as the halls' streams move), keeping the cursor
    /// on the same hall and an opened hall's list in place.
    public mutating func update(now: Date, halls: [HallStanding], orders: [BureauOrderLine]?) {
        let current = self.halls.indices.contains(selected) ? self.halls[selected].hall : nil
        self.now = now
        self.halls = halls
        selected = halls.firstIndex { $0.hall == current } ?? min(selected, max(0, halls.count - 1))
        if let opened, let orders {
            self.opened = OpenedHall(hall: opened.hall, orders: orders)
            let kept = orderTable.selection ?? 0
            orderTable = TableView(columns: Self.orderColumns, rows: orders.map(\.cells), selection: kept)
        }
    }

    private mutating func move(_ delta: Int, visibleRows: Int) {
        if opened != nil {
            orderTable.moveSelection(by: delta, visibleRows: visibleRows)
        } else if !halls.isEmpty {
            selected = min(max(0, selected + delta), halls.count - 1)
        }
    }

    /// The rows below the header and above the key bar that hold a list.
    public static func listRows(height: Int) -> Int { max(0, height - 4) }

    private static let hallColumns = [
        TableColumn("营业厅", width: 14), TableColumn("等候", width: 4, alignment: .trailing),
        TableColumn("最长等", width: 6, alignment: .trailing), TableColumn("逾期", width: 4, alignment: .trailing),
        TableColumn("预警", width: 4, alignment: .trailing), TableColumn("正常", width: 4, alignment: .trailing),
        TableColumn("未确认升级", width: 10, alignment: .trailing), TableColumn("最后记录", width: 22),
    ]

    private static let orderColumns = zip(BureauOrderLine.titles, [10, 24, 8, 10, 8, 10]).map { TableColumn($0, width: $1) }

    /// 「09:41」 today, 「11-20 17:03」 before, with 「停滞 2时5分」 for a silent hall.
    private func lastRecordText(_ standing: HallStanding) -> String {
        guard let at = standing.lastRecordAt else { return "无记录" }
        let then = LocalTime(at, in: zone), today = LocalTime(now, in: zone).day
        let shown = then.day == today ? then.clockText : String(then.minuteText.dropFirst(5))
        guard standing.isStale else { return shown }
        let minutes = Int(max(0, now.timeIntervalSince(at)) / 60)
        let silent = minutes >= 24 * 60 ? "\(minutes / (24 * 60))天" : "\(minutes / 60)时" + (minutes % 60 > 0 ? "\(minutes % 60)分" : "")
        return shown + " 停滞" + silent
    }

    private func hallCells(_ standing: HallStanding) -> [String] {
        [standing.hall, String(standing.waiting), standing.longestWaitMinutes.map { "\(Int($0))分" } ?? "—",
         String(standing.overdue), String(standing.dueSoon), String(standing.normal), String(standing.unacknowledgedEscalations),
         standing.problem ?? lastRecordText(standing)]
    }

    public static func render(_ board: BureauBoard, size: Size, theme: Theme) -> Buffer {
        var buffer = Buffer(size: size)
        board.draw(into: &buffer, theme: theme)
        return buffer
    }

    func draw(into buffer: inout Buffer, theme: Theme) {
        let size = buffer.size
        guard size.width > 0, size.height > 0 else { return }
        let header = Rect(x: 0, y: 0, width: size.width, height: 1)
        buffer.fill(header, role: .status)
        let clock = LocalTime(now, in: zone).minuteText
        let heading = opened.map { " \(title) · 区局协调 · \($0.hall) 的未办结工单（\($0.orders.count) 件）" } ?? " \(title) · 区局协调 · 各营业厅（只读）"
        buffer.put(TextFit.fit(heading, width: max(0, size.width - DisplayWidth.of(clock) - 2)), at: header.origin, role: .status, clip: header)
        buffer.put(clock, at: Point(x: max(0, header.maxX - DisplayWidth.of(clock) - 1), y: 0), role: .status, clip: header)
        guard size.height > 3 else { return }
        let body = Rect(x: 1, y: 2, width: max(0, size.width - 2), height: Self.listRows(height: size.height) + 1)
        if let opened {
            if opened.orders.isEmpty {
                buffer.put(TextFit.fit("该营业厅没有未办结的工单。", width: body.width), at: body.origin, role: .muted, clip: body)
            } else {
                orderTable.fitted(to: body.width).draw(into: &buffer, in: body, theme: theme)
            }
        } else if halls.isEmpty {
            buffer.put(TextFit.fit("数据库里还没有任何营业厅的记录。", width: body.width), at: body.origin, role: .muted, clip: body)
        } else {
            let table = TableView(columns: Self.hallColumns, rows: halls.map(hallCells), selection: selected).fitted(to: body.width)
            table.draw(into: &buffer, in: body, theme: theme)
        }
        let stale = halls.filter(\.isStale).map(\.hall)
        if opened == nil, !stale.isEmpty, size.height > 4 {
            let line = Rect(x: 1, y: size.height - 2, width: max(0, size.width - 2), height: 1)
            buffer.put(TextFit.fit("停滞（\(Int(HallStanding.staleAfter / 60)) 分钟以上无新记录）：" + stale.joined(separator: "、"), width: line.width),
                       at: line.origin, role: .warning, clip: line)
        }
        let keys = opened == nil
            ? KeyBar([KeyHint("↑↓", "选择"), KeyHint("Enter", "看工单"), KeyHint("q", "退出")])
            : KeyBar([KeyHint("↑↓", "选择"), KeyHint("Esc", "返回各营业厅"), KeyHint("q", "退出")])
        keys.draw(into: &buffer, in: Rect(x: 0, y: size.height - 1, width: size.width, height: 1), theme: theme)
    }
}

/// One open order on the bureau's list of a hall: what the coordinator scans for.
public struct BureauOrderLine: Sendable, Equatable, Codable {
    public var number: String
    /// 「超期 45分（答复）」, or 无时限.
    public var standing: String
    public var status: String
    public var category: String
    public var lead: String
    /// 重大, VIP, 待确认升级.
    public var marks: [String]

    public init(_ order: WorkOrder, standing: DeadlineStanding?, settings: WorkOrderSettings) {
        number = order.number
        self.standing = standing.map { "\($0.chineseText)（\($0.deadline.chineseName)）" } ?? "无时限"
        status = order.status.chineseName
        category = settings.category(code: order.category)?.name ?? order.category
        lead = order.leadDepartment ?? "未派"
        marks = (order.major ? ["重大"] : []) + (order.customer.vip ? ["VIP"] : [])
            + (EscalationLevel.allCases.contains { order.awaitsAcknowledgement(at: $0) } ? ["升级未确认"] : [])
    }

    /// A hall's open orders, most urgent first, as its coordinator's list has them.
    public static func lines(_ state: HallState, settings: WorkOrderSettings, now: Date) -> [BureauOrderLine] {
        let standings = WorkOrderStandings(book: state.workOrders, settings: settings, now: now)
        return standings.ranked.filter(\.status.isOpen).map { BureauOrderLine($0, standing: standings.standing(of: $0), settings: settings) }
    }

    /// The line's cells in the order of `titles`: the screen's columns and `bureau orders`' table.
    public var cells: [String] { [number, standing, status, category, lead, marks.joined(separator: " ")] }

    /// The column titles of a list of lines, wherever it is shown.
    public static let titles = ["工单号", "时限", "状态", "类别", "主办", "标记"]
}
