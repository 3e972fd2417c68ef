import Foundation
import HallDomain
import HallSession
import HallStore

/// What `order list` and `order show` read: the work orders as the log has them now, the
/// settings their deadlines are measured and explained on, and the hall's clock and zone.
struct OrderReading {
    let files: HallFiles
    let book: WorkOrderBook
    let settings: WorkOrderSettings
    let now: Date

    init(_ data: DataOptions) throws {
        files = try HallFiles.open(data)
        now = try ScriptClock.now(in: files.timeZone, folder: files.folder)
        let replica = files.replica()
        if let alarm = replica.alarm { throw fail(alarm) }
        book = replica.state.workOrders
        settings = try files.workOrderSettings()
    }

    /// What the member running the command may see (`OrderSight`): a department its own
    /// orders, with their contacts whole; someone off the roster, nothing.
    func sight(_ staff: StaffOptions) throws -> OrderSight {
        let viewer = try staff.chosen(in: files, identity: Identity.current(files: files), now: now)?.member
        return OrderSight(viewer: viewer, book: book, roster: files.roster)
    }

    /// 「2026-10-08 16:00」 in the hall's zone, for people.
    func local(_ instant: Date) -> String {
        LocalTimeArgument.format(instant, in: files.timeZone)
    }

    /// 「2026-10-08T16:00:00+08:00」, for `--json`.
    func iso(_ instant: Date) -> String {
        LocalTimeArgument.iso8601(instant, in: files.timeZone)
    }

    /// The category's name, or its code when today's settings no longer have it.
    func categoryName(_ order: WorkOrder) -> String {
        settings.category(code: order.category)?.name ?? order.category
    }
}
