import HallConsole
import HallDomain
import SnapshotAssert
import TermUI
import XCTest

/// The frame and the home screen at fixed sizes, as text.
final class HomeScreenTests: XCTestCase {
    private func render(_ facts: ConsoleFacts, _ model: ConsoleModel = ConsoleModel(), size: Size = Size(width: 100, height: 30)) -> Buffer {
        ConsoleView.render(model: model, state: Fixtures.state(facts.recent), facts: facts, size: size, theme: .standard)
    }

    func testHomeAt100x30() {
        assertSnapshot(render(Fixtures.facts(records: [Fixtures.repair(1), Fixtures.repair(2)])), """
         营业厅导办台 │ 顺德供电局乐从营业厅                                    日志 2 条  2026-11-23 09:41
        [首页]  导引台   工单协调   现场看板   报表   事件日志
        ┌─[首页]───────────────────────────────────────────────────────────────────────────────────────────┐
        │ 营业厅                                                                                           │
        │ 名称        顺德供电局乐从营业厅                                                                 │
        │ 供电所      乐从供电所                                                                           │
        │ 营业时间    08:30–12:00，14:00–17:30                                                             │
        │ 等候目标    平均不超过 15 分钟                                                                   │
        │                                                                                                  │
        │ 当前操作人                                                                                       │
        │ 姓名        系统管理员（工号 A01，登录名 root）                                                  │
        │ 角色        系统管理员、所长/值班经理                                                            │
        │ 终端        pts/1                                                                                │
        │ 可用窗格    首页、导引台、工单协调、现场看板、报表、事件日志（Tab 切换）                         │
        │                                                                                                  │
        │ 事件日志                                                                                         │
        │ 记录数      2 条                                                                                 │
        │ 最后写入    2026-11-23 09:32:05                                                                  │
        │ 校验        全部 2 条记录的哈希链已逐条核对：通过                                                │
        │ 断尾修复    2 次，被切下的字节保存在 quarantine/                                                 │
        │ 数据目录    /srv/halldesk                                                                        │
        │                                                                                                  │
        │                                                                                                  │
        │                                                                                                  │
        │                                                                                                  │
        │                                                                                                  │
        │                                                                                                  │
        │                                                                                                  │
        └──────────────────────────────────────────────────────────────────────────────────────────────────┘
        F1/?帮助  Tab切换窗格  q退出
        """)
    }

    func testAnUnknownLoginAtTheMinimumSizeOnlyReads() {
        let facts = Fixtures.facts(member: nil, check: .sinceSnapshot(snapshotSeq: 1200), readOnly: "登录名 zhangsan 不在人员名单里")
        assertSnapshot(render(facts, size: Size(width: 80, height: 24)), """
         营业厅导办台 │ 顺德供电局乐从营业厅                     只读  2026-11-23 09:41
        [首页]  导引台   工单协调   现场看板   报表   事件日志
        ┌─[首页]───────────────────────────────────────────────────────────────────────┐
        │ 营业厅                                                                       │
        │ 名称        顺德供电局乐从营业厅                                             │
        │ 供电所      乐从供电所                                                       │
        │ 营业时间    08:30–12:00，14:00–17:30                                         │
        │ 等候目标    平均不超过 15 分钟                                               │
        │                                                                              │
        │ 当前操作人                                                                   │
        │ 登录名      zhangsan 不在人员名单里：只能查看。请管理员把你加入 staff.toml。 │
        │ 终端        pts/1                                                            │
        │ 可用窗格    首页、导引台、工单协调、现场看板、报表、事件日志（Tab 切换）     │
        │                                                                              │
        │ 事件日志                                                                     │
        │ 记录数      0 条                                                             │
        │ 最后写入    尚无记录                                                         │
        │ 校验        快照 #1200 与日志相符，其后记录逐条核对：通过（全量校验：        │
        │             halldesk log verify）                                            │
        │ 只读        登录名 zhangsan 不在人员名单里                                   │
        │ 数据目录    /srv/halldesk                                                    │
        │                                                                              │
        └──────────────────────────────────────────────────────────────────────────────┘
        F1/?帮助  Tab切换窗格  q退出
        """)
    }

    func testAnAlarmShowsInTheStatusLineAndOnHome() {
        let buffer = render(Fixtures.facts(check: .alarm("第 7 行（第 7 条记录）哈希不符")))
        let lines = snapshotLines(buffer)
        XCTAssertTrue(lines[0].contains("日志告警"), lines[0])
        XCTAssertTrue(lines.contains { $0.contains("告警：第 7 行（第 7 条记录）哈希不符") })
        let row = lines.firstIndex { $0.contains("告警：") }!
        let column = (0..<buffer.size.width).first { buffer[$0, row].character == "告" }!
        XCTAssertEqual(buffer[column, row].role, .error, "the alarm is drawn in the error role")
    }

    func testASnapshotSetAsideIsSaidOnHomeAsAWarning() throws {
        let notice = "快照与日志不符，已从头重放：快照文件的 SHA-256 与日志第 9 条登记的不同"
        let buffer = render(Fixtures.facts(records: [Fixtures.repair(1), Fixtures.repair(2)], check: .wholeChainSnapshotRejected(notice: notice)),
                            size: Size(width: 220, height: 30))
        let lines = snapshotLines(buffer)
        let row = try XCTUnwrap(lines.firstIndex { $0.contains("校验") && $0.contains("快照与日志不符，已从头重放") }, lines.joined(separator: "\n"))
        XCTAssertTrue(lines[row].contains("全部 2 条记录的哈希链已逐条核对"), lines[row])
        let column = (0..<buffer.size.width).first { buffer[$0, row].character == "快" }!
        XCTAssertEqual(buffer[column, row].role, .warning, "drawn as a warning, not as all well")
    }

    func testBelowTheMinimumSizeSaysSoInsteadOfBreaking() {
        assertSnapshot(render(Fixtures.facts(), size: Size(width: 30, height: 4)), """
        窗口太小：当前 30×4，至少需要
        80×24。请放大终端窗口。按 q 退
        出。

        """)
    }

    func testHelpOverlayListsTheKeys() {
        var model = ConsoleModel()
        _ = model.handle(.character("?"), facts: Fixtures.facts(), size: Size(width: 100, height: 30))
        assertSnapshot(render(Fixtures.facts(), model, size: Size(width: 80, height: 24)), """
         营业厅导办台 │ 顺德供电局乐从营业厅                日志 0 条  2026-11-23 09:41
        [首页]  导引台   工单协调   现场看板   报表   事件日志
        ┌─[首页]───────────────────────────────────────────────────────────────────────┐
        │ 营业厅                                                                       │
        │ 名称        顺德供电局乐从营业厅                                             │
        │ 供电所      乐从供电所                                                       │
        │ 营业时间┌─[帮助]───────────────────────────────────────────────────┐         │
        │ 等候目标│                                                          │         │
        │         │  F1 或 ?              打开/关闭本帮助                    │         │
        │ 当前操作│  Tab / Shift-Tab      切换到下一个/上一个窗格            │         │
        │ 姓名    │  F4                   换人：共用终端输入工号和 PIN       │         │
        │ 角色    │  ↑ ↓ 或 j k           上下移动（事件日志）               │         │
        │ 终端    │  PgUp PgDn            翻页                               │         │
        │ 可用窗格│  Home End 或 g G      到最早/最新一条                    │换）     │
        │         │  Esc                  返回上一层（关闭帮助）             │         │
        │ 事件日志│  q                    在最上层退出控制台                 │         │
        │ 记录数  │                                                          │         │
        │ 最后写入│  按 Esc 或 ? 关闭                                        │         │
        │ 校验    └──────────────────────────────────────────────────────────┘         │
        │ 数据目录    /srv/halldesk                                                    │
        │                                                                              │
        │                                                                              │
        └──────────────────────────────────────────────────────────────────────────────┘
        Esc关闭帮助
        """)
    }
}
