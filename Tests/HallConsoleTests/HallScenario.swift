import Foundation
import HallConsole
import HallDomain

/// A morning at the Fixtures hall built the way the log builds it: each command decided
/// at a fixed instant and its events folded with `evolve`, so the panes are tested on
/// states the engine can really produce.
struct HallScenario {
    /// 09:20:00 in Asia/Shanghai on the Fixtures day; `Fixtures.facts()` draws at 09:41.
    static let start = Date(timeIntervalSince1970: 1_795_396_800)

    private(set) var state = HallState.initial
    private(set) var records: [RecordedEvent] = []

    /// Decides `command` at `minute` minutes after 09:20 and folds its events in.
    @discardableResult
    mutating func run(_ command: HallCommand, at minute: Double, by actor: StaffMember = Fixtures.guide) throws -> [RecordedEvent] {
        let now = Self.start.addingTimeInterval(minute * 60)
        let events = try decide(command, state: state, catalog: Fixtures.catalog, actor: actor, now: now)
        let recorded = state.fold(events, by: actor.id, terminal: "pts/2", at: now, timestamp: "2026-11-23T09:20:00.000+08:00")
        records += recorded
        return recorded
    }

    /// Two slips in A (one green channel), one in C being served at counter 2, a visit
    /// turned away, a door answer; counter 1 open and idle while A001 has waited 21 minutes.
    static func busyMorning() throws -> HallScenario {
        var hall = HallScenario()
        try hall.run(.issueSlip(businessType: "JF", customerKind: .residential, presented: [], priority: nil, override: nil, phone: nil), at: 0)
        try hall.run(.issueSlip(businessType: "JF", customerKind: .nonResidential, presented: [], priority: .greenChannel, override: nil,
                                phone: nil), at: 1)
        try hall.run(.issueSlip(businessType: "JMXZ", customerKind: .residential, presented: ["用电人身份证原件", "房屋产权证明"],
                                priority: nil, override: nil, phone: "13800138000"), at: 2)
        try hall.run(.turnAway(businessType: "JMXZ", customerKind: .residential, presented: ["用电人身份证原件"], phone: nil), at: 3)
        try hall.run(.answerAtDoor(businessType: "JF", customerKind: nil), at: 4)
        try hall.run(.openCounter(counter: 2), at: 5, by: Fixtures.clerk)
        try hall.run(.callNext(counter: 2), at: 6, by: Fixtures.clerk)
        try hall.run(.startService(counter: 2), at: 8, by: Fixtures.clerk)
        try hall.run(.issueSlip(businessType: "JMXZ", customerKind: .residential, presented: ["用电人身份证原件", "房屋产权证明"],
                                priority: .care, override: nil, phone: nil), at: 10)
        try hall.run(.openCounter(counter: 1), at: 12, by: Fixtures.secondClerk)
        return hall
    }
}
