import Foundation
import HallDomain
import TermUI

/// The list of orders both work-order panes show: one row each, most urgent first, phone
/// numbers masked (lists are seen by whoever passes the screen), overdue marked with 「!」,
/// major orders with 「重」, marked ones with 「*」 and escalations waiting for this desk to
/// acknowledge them with 「↑」, a promise to the customer that lapsed (阶段回复失约) with
/// 「约」, an import with its 业务类型 unknown or its content empty (待核) with 「?」, so none
/// depends on colour alone; 待归类 and 非本所属 orders
/// say so in place of 待派.
struct WorkOrderTable {
    var orders: [WorkOrder]
    var selection: Int?
    var marked: Set<String> = []
    var escalated: Set<String> = []
    /// Where each order stands, measured once for the frame's log head and minute.
    var standings: WorkOrderStandings
    var settings: WorkOrderSettings
    var now: Date
    /// The hall's station, on the coordinator's desk, to mark orders of another territory.
    var hallStation: String?
    /// On a department's desk: a push it has not answered (`WorkOrder.pushAwaitingDepartment`)
    /// shows as 被催办/被督办 in place of the status until the department acts on the order.
    var marksPushes = false

    /// Urgency comes first so it survives an 80-column terminal; columns that do not fit
    /// whole are left off from the right, and on a wide screen every column widens.
    static let columns = [
        TableColumn("", width: 4), TableColumn("工单号", width: 8), TableColumn("时限", width: 24), TableColumn("状态", width: 8),
        TableColumn("类别", width: 14), TableColumn("客户", width: 6), TableColumn("电话", width: 11), TableColumn("区域", width: 6),
        TableColumn("主办", width: 6),
    ]

    /// Only the rows on screen are built: a desk may hold thousands of orders.
    func draw(into buffer: inout Buffer, in rect: Rect, theme: Theme) {
        let visibleRows = max(0, rect.height - 1)
        let first = Scrolling.offset(keeping: selection, previous: 0, visibleRows: visibleRows, count: orders.count)
        let shown = Array(orders[first..<min(orders.count, first + visibleRows)])
        let table = TableView(columns: Self.columns, rows: shown.map(row), selection: selection.map { $0 - first }).fitted(to: rect.width)
        table.draw(into: &buffer, in: rect, theme: theme)
        for (row, order) in shown.enumerated() where first + row != selection {
            guard let standing = standings.standing(of: order) else { continue }
            let role: ThemeRole? = standing.isOverdue ? .overdue : standing.isDueSoon ? .warning : nil
            if let role { buffer.restyle(Rect(x: rect.minX, y: rect.minY + 1 + row, width: rect.width, height: 1), role: role, emphasis: []) }
        }
    }

    func row(_ order: WorkOrder) -> [String] {
        let standing = standings.standing(of: order)
        let flags = (marked.contains(order.number) ? "*" : "") + (escalated.contains(order.number) ? "↑" : "") + (order.major ? "重" : "")
            + (standing?.isOverdue == true ? "!" : "") + (order.missedPromise(at: now) != nil ? "约" : "")
            + (order.reportedKind != nil || order.lacksDescription ? "?" : "")
        let category = settings.category(code: order.category)?.name ?? order.category
        return [flags, order.number, standing.map { "\($0.deadline.chineseName)\($0.chineseText)" } ?? "—",
                statusText(order), "\(order.kind.chineseName)·\(category)",
                order.customer.name, order.customer.phone.map(Masking.phone) ?? "", order.customer.area,
                order.status == .awaitingDispatch ? "" : order.leadDepartment ?? ""]
    }

    /// What waits on the order before anyone can handle it comes before its status: a
    /// return to confirm, an unanswered push (on a department's desk), a return turned down
    /// (the department must go on), a category to give (待归类), a territory that is not ours (非本所属).
    private func statusText(_ order: WorkOrder) -> String {
        if order.pendingReturn != nil { return "申请回退" }
        if marksPushes, let push = order.pushAwaitingDepartment { return "被\(push.level.chineseName)" }
        if order.returnRejection != nil, [.dispatched, .inHand].contains(order.status) { return "回退驳回" }
        guard order.status == .awaitingDispatch else { return order.status.chineseName }
        if let hallStation, order.isOutside(station: hallStation) { return "非本所属" }
        return order.awaitsClassification ? "待归类" : order.status.chineseName
    }
}
