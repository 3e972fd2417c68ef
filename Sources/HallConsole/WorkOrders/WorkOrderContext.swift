import Foundation
import HallDomain
import TermUI

/// What a work-order pane needs at a key press besides its own state: the orders as the
/// log has them and as they stand now, the settings, who is at the terminal and when it is.
struct WorkOrderContext {
    var book: WorkOrderBook
    /// The orders measured once for this log head and minute (`WorkOrderStandings`).
    var standings: WorkOrderStandings
    var settings: WorkOrderSettings
    var catalog: Catalog
    var member: StaffMember?
    var now: Date

    /// The departments that have a handler on the roster, for dispatch and rulings.
    var departments: [String] {
        var seen: [String] = []
        for member in catalog.roster.members where member.roles.contains(.department) {
            if let department = member.department, !seen.contains(department) { seen.append(department) }
        }
        return seen
    }
}

extension WorkOrderContext {
    /// Nil when the work-order settings could not be loaded; the pane then says why.
    init?(facts: ConsoleFacts, state: HallState) {
        guard let settings = facts.workOrderSettings else { return nil }
        self.init(book: state.workOrders, standings: facts.workOrderStandings(state, settings: settings), settings: settings,
                  catalog: facts.catalog, member: facts.member, now: facts.now)
    }

    /// What a work-order pane shows instead of orders when the seeds could not be loaded.
    static func drawUnavailable(_ facts: ConsoleFacts, into buffer: inout Buffer, in area: Rect) {
        let text = "工单设置未能载入，工单窗格暂不能用：\(facts.workOrderSettingsProblem ?? "原因不明")"
        for (row, line) in TextFit.wrap(text, width: area.width).prefix(area.height).enumerated() {
            buffer.put(line, at: Point(x: area.minX, y: area.minY + row), role: .error, clip: area)
        }
    }

    /// What the member at the terminal may see: which orders, whose contacts whole.
    var sight: OrderSight {
        OrderSight(viewer: member, book: book, roster: catalog.roster)
    }

    func detail(_ order: WorkOrder) -> WorkOrderDetail {
        WorkOrderDetail(order: order, settings: settings, roster: catalog.roster, contactVisible: sight.seesContact(of: order),
                        now: now, zone: catalog.hall.zone)
    }
}
