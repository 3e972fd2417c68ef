import HallConsole
import HallDomain
import SnapshotAssert
import TermUI
import XCTest

/// Issue 15: every pane keeps its key line and its verdicts whole at 80×24 — wrapped or
/// scrolled, never cut mid-message — and uses a 200×60 screen. Each pane is drawn with the
/// busy morning and the Monday work-order desk, and no line on screen may end in a 「…」
/// that cut it.
final class ScreenFitTests: XCTestCase {
    static let small = Size(width: 80, height: 24)
    static let medium = Size(width: 100, height: 30)
    static let large = Size(width: 200, height: 60)

    /// The busy morning's queues with the Monday desk's orders, seen by the manager.
    static func floor(_ pane: PaneID) throws -> PaneDriver {
        let desk = try WorkOrderDesk.monday()
        var state = try HallScenario.busyMorning().state
        state.workOrders = desk.state.workOrders
        var driver = PaneDriver(ConsoleModel(start: pane), state: state)
        driver.facts = desk.facts(Fixtures.manager)
        return driver
    }

    /// The lines of a screen that a 「…」 cut.
    static func cut(_ driver: PaneDriver, size: Size) -> [String] {
        snapshotLines(driver.render(size: size)).filter { $0.contains(String(TextFit.ellipsis)) }
    }

    func testNoPaneCutsALineAt80x24AndAt100x30() throws {
        for pane in [PaneID.home, .guide, .coordinator, .manager, .eventLog] {
            for size in [Self.small, Self.medium] {
                var driver = try Self.floor(pane)
                driver.size = size
                XCTAssertEqual(Self.cut(driver, size: size), [], "\(pane) at \(size.width)×\(size.height)")
                driver.press(.character("?"))
                XCTAssertEqual(Self.cut(driver, size: size), [], "help over \(pane) at \(size.width)×\(size.height)")
            }
        }
    }

    /// The real seeds' 过户 list at the guide: four documents missing name themselves in
    /// full under 「还缺」, wrapped in the form's column.
    func testTheGuidesMissingLineWrapsAt80x24() throws {
        var guide = PaneDriver(ConsoleModel(start: .guide))
        guide.size = Self.small
        guide.facts.catalog.businessTypes[1].documents[.residential] = ["新户主身份证原件", "房屋产权证明（房产证或购房合同）",
                                                                        "原户主身份证与过户协议", "电费缴清证明"]
        guide.type("xz")
        guide.press(.enter)
        let lines = snapshotLines(guide.render())
        XCTAssertEqual(Self.cut(guide, size: Self.small), [], lines.joined(separator: "\n"))
        for part in ["还缺  新户主身份证原件、房屋产权证明（房产证或购房", "合同）、原户主身份证与过户协议、电费缴清证明", "（不能发号）"] {
            XCTAssertTrue(lines.contains { $0.contains(part) }, lines.joined(separator: "\n"))
        }
    }

    /// The help for the coordinator has more keys than 80×24 shows: the box says so and
    /// scrolls, and every meaning is wrapped whole.
    func testTheCoordinatorsHelpScrollsAt80x24() throws {
        var driver = try Self.floor(.coordinator)
        driver.size = Self.small
        driver.press(.character("?"))
        XCTAssertTrue(driver.contains("↑↓ 翻看"), driver.lines.joined(separator: "\n"))
        for _ in 0..<40 { driver.press(.down) }
        let lines = snapshotLines(driver.render(size: Self.small))
        XCTAssertTrue(lines.contains { $0.contains("t") && $0.contains("登记投诉工单的被投诉人") }, lines.joined(separator: "\n"))
        XCTAssertEqual(Self.cut(driver, size: Self.small), [])
    }

    /// A form's verdict stays on screen at 80×24 however long the form is.
    func testAFormsErrorStaysWholeAt80x24() throws {
        let desk = try WorkOrderDesk.monday()
        var pane = PaneDriver(ConsoleModel(start: .coordinator), state: desk.state)
        pane.facts = desk.facts(WorkOrderDesk.coordinator)
        pane.size = Self.small
        pane.press(.character("N"))
        pane.press(.control("u"))
        pane.type("抱怨")
        XCTAssertEqual(pane.press(.function(2)), .keepGoing)
        let lines = snapshotLines(pane.render(size: Self.small))
        XCTAssertTrue(lines.contains { $0.contains("类别“抱怨”不认识") }, lines.joined(separator: "\n"))
        XCTAssertEqual(Self.cut(pane, size: Self.small), [], lines.joined(separator: "\n"))
    }
}
