import Foundation
import HallConsole
import HallDomain
import SnapshotAssert
import TermUI
import XCTest

/// The bureau coordinator's screen (`halldesk bureau`): a line per hall with its wait, its
/// open orders by band, escalations not acknowledged and its last record, a silent hall
/// marked; Enter lists a hall's open orders in its coordinator's order. Nothing acts.
final class BureauBoardTests: XCTestCase {
    private let now = Fixtures.facts().now

    /// 乐从: the busy morning (last record 09:32). 北滘: the work-order Monday, its last
    /// record three days old, so it shows as 停滞.
    private func board() throws -> BureauBoard {
        let settings = WorkOrderDesk.settings, catalog = WorkOrderDesk.catalog
        let lecong = HallStanding(hall: "乐从", state: try HallScenario.busyMorning().state, lastRecordAt: HallScenario.start.addingTimeInterval(12 * 60),
                                  catalog: catalog, settings: settings, now: now)
        let beijiao = HallStanding(hall: "北滘", state: try WorkOrderDesk.monday().state, lastRecordAt: WorkOrderDesk.shanghai("2026-11-20 10:00"),
                                   catalog: catalog, settings: settings, now: now)
        return BureauBoard(title: "shunde_bureau", now: now, zone: WorkOrderDesk.settings.calendar.timeZone, halls: [beijiao, lecong])
    }

    private func render(_ board: BureauBoard, _ width: Int, _ height: Int) -> Buffer {
        BureauBoard.render(board, size: Size(width: width, height: height), theme: .standard)
    }

    func testTheHallsAt80x24() throws {
        assertSnapshot(render(try board(), 80, 24), """
         shunde_bureau · 区局协调 · 各营业厅（只读）                   2026-11-23 09:41

         营业厅         等候 最长等 逾期 预警 正常 未确认升级 最后记录
         北滘              0      —    1    1    1          0 11-20 10:00 停滞2天
         乐从              3   21分    0    0    0          0 09:32

















         停滞（60 分钟以上无新记录）：北滘
        ↑↓选择  Enter看工单  q退出
        """)
    }

    func testTheHallsAt200x60() throws {
        assertSnapshot(render(try board(), 200, 60), """
         shunde_bureau · 区局协调 · 各营业厅（只读）                                                                                                                                           2026-11-23 09:41

         营业厅                                         等候           最长等        逾期        预警        正常                   未确认升级 最后记录
         北滘                                              0                —           1           1           1                            0 11-20 10:00 停滞2天
         乐从                                              3             21分           0           0           0                            0 09:32





















































         停滞（60 分钟以上无新记录）：北滘
        ↑↓选择  Enter看工单  q退出
        """)
    }

    func testEnterListsTheHallsOpenOrdersMostUrgentFirstAndEscGoesBack() throws {
        var board = try board()
        XCTAssertEqual(board.handle(.enter, visibleRows: 20), .orders(hall: "北滘"))
        board.open("北滘", orders: BureauOrderLine.lines(try WorkOrderDesk.monday().state, settings: WorkOrderDesk.settings, now: now))
        assertSnapshot(render(board, 80, 24), """
         shunde_bureau · 区局协调 · 北滘 的未办结工单（3 件）          2026-11-23 09:41

         工单号     时限                      状态     类别       主办     标记
         GD000001   超期 1工作日（首次联系）  待接单   服务态度   营销部
         GD000002   剩 19分（首次联系）       待派     服务态度   未派
         GD000003   无时限                    待派     触电事故   未派     重大

















        ↑↓选择  Esc返回各营业厅  q退出
        """)
        for key in [Key.character("d"), .character("a"), .function(5), .delete] {
            XCTAssertEqual(board.handle(key, visibleRows: 20), .none, "no key acts")
        }
        XCTAssertEqual(board.handle(.escape, visibleRows: 20), .none)
        XCTAssertNil(board.opened)
        XCTAssertEqual(board.handle(.down, visibleRows: 20), .none)
        XCTAssertEqual(board.handle(.enter, visibleRows: 20), .orders(hall: "乐从"))
        XCTAssertEqual(board.handle(.character("q"), visibleRows: 20), .quit)
    }
}
