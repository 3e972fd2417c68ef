import HallConsole
import HallDomain
import SnapshotAssert
import TermUI
import XCTest

/// Pick lists in the work-order forms: the department of a dispatch, 有责/无责 and the
/// department of a ruling, and the fixed words of a new order. Typing narrows the choices,
/// ↑↓ move through them, Enter takes one; an exact value typed in full still goes through.
final class PickListFormTests: XCTestCase {
    private func coordinator() throws -> PaneDriver {
        let desk = try WorkOrderDesk.monday()
        var driver = PaneDriver(ConsoleModel(start: .coordinator), state: desk.state)
        driver.facts = desk.facts(WorkOrderDesk.coordinator)
        return driver
    }

    func testTheDispatchFormOffersTheDepartmentsAndTypingNarrowsThem() throws {
        var pane = try coordinator()
        pane.press(.character("1"), .character("d"))
        assertSnapshot(pane.render(size: Size(width: 100, height: 24)), """
         营业厅导办台 │ 顺德供电局乐从营业厅                                    日志 0 条  2026-11-23 09:41
         首页   导引台  [工单协调]  现场看板   报表   事件日志
        ┌─[工单协调]───────────────────────────────────────────────────────────────────────────────────────┐
        │ [1待派 2]  2处理中 1   3临期 1   4超期 1   5待审核 0   6待回访 0   7待定责 0   8全部 3           │
        │ ! 重大工单待确认 1 张：GD000003 触电事故（工单协调窗格按 a 确认）                                │
        │      工单号   时限                     状态     类别           客户   电话        区域   主办    │
        │      GD000002 首次联系剩 19分          待派     投诉·服务态度  黄志坚 139****2222 水藤           │
        │ 重   GD000003 —                        待派     举报·触电事故  陈伯   136****4444 腾冲           │
        │                                                                                                  │
        │                                                                                                  │
        │                                                                                                  │
        │                                                                                                  │
        │                 ┌─[派单 GD000002]──────────────────────────────────────────────┐                 │
        │                 │ 部门：营销部、运检部。地址含「水藤村」，属地 水藤（乐从供电  │                 │
        │                 │ 所，农村）。                                                 │                 │
        │                 │ 主办部门                                                     │                 │
        │                 │ 可选：营销部  运检部                                         │                 │
        │                 │ 协办部门                                                     │                 │
        │                 │ 改派理由                                                     │                 │
        │                 │                                                              │                 │
        │                 │ Tab 换栏  ↑↓ 选择  输入筛选  Enter 选定  F2 提交  Esc 取消   │                 │
        │                 └──────────────────────────────────────────────────────────────┘                 │
        └──────────────────────────────────────────────────────────────────────────────────────────────────┘
        F1帮助  Tab换栏  F2提交  Esc取消
        """)
        pane.type("运")
        XCTAssertTrue(pane.contains("可选：运检部"), pane.lines.joined(separator: "\n"))
        XCTAssertFalse(pane.contains("可选：营销部"))
        pane.press(.enter)
        XCTAssertEqual(pane.press(.function(2)),
                       .performWorkOrders([.dispatch(order: "GD000002", leadDepartment: "运检部", supportingDepartments: [])]),
                       "Enter took the one department the typing left")
    }

    func testArrowsMoveThroughTheChoicesAndEnterTakesOne() throws {
        var pane = try coordinator()
        pane.press(.character("1"), .character("d"))
        pane.press(.down, .down)
        XCTAssertTrue(pane.contains("可选：营销部  [运检部]"), pane.lines.joined(separator: "\n"))
        pane.press(.enter)
        pane.type("营销部")
        XCTAssertEqual(pane.press(.function(2)),
                       .performWorkOrders([.dispatch(order: "GD000002", leadDepartment: "运检部", supportingDepartments: ["营销部"])]))
    }

    func testAnExactValueTypedInFullStillGoesThrough() throws {
        var pane = try coordinator()
        pane.press(.character("1"), .character("N"))
        XCTAssertTrue(pane.contains("可选：咨询  报障  意见  建议  投诉  表扬 …"), pane.lines.joined(separator: "\n"))
        pane.press(.control("u"))
        pane.type("意见")
        pane.press(.enter)
        XCTAssertTrue(pane.contains("可选：服务态度  停电  触电事故"), "the next field's choices: \(pane.lines.joined(separator: "\n"))")
        pane.type("停")
        pane.press(.enter)
        XCTAssertTrue(pane.contains("诉求分类  停电"), "the only category holding 停 was taken: \(pane.lines.joined(separator: "\n"))")
    }
}
