import Foundation
import HallConsole
import HallDomain

/// Work orders at the Fixtures hall for the pane tests: a coordinator, handlers in 营销部
/// and 运检部, November 2026 (no holidays), orders received through `decide` and `evolve`.
struct WorkOrderDesk {
    static let coordinator = StaffMember(id: "K01", name: "冯振华", roles: [.coordinator], department: nil, login: "fengzh")
    static let marketing = StaffMember(id: "D01", name: "麦国栋", roles: [.department], department: "营销部", login: "maigd")
    static let operations = StaffMember(id: "D03", name: "梁志明", roles: [.department], department: "运检部", login: "liangzm")

    static let catalog: Catalog = {
        var catalog = Fixtures.catalog
        catalog.roster.members += [coordinator, marketing, operations]
        return catalog
    }()

    static let settings = WorkOrderSettings(
        calendar: WorkingCalendar(
            timeZone: TimeZone(identifier: "Asia/Shanghai")!,
            workingHours: [WorkingPeriod(start: ClockTime(hour: 8, minute: 30), end: ClockTime(hour: 12, minute: 0)),
                           WorkingPeriod(start: ClockTime(hour: 14, minute: 0), end: ClockTime(hour: 17, minute: 30))],
            loadedYears: [2026], festivals: []),
        categories: [WorkOrderCategory(code: "FWTD", name: "服务态度", major: false), WorkOrderCategory(code: "TD", name: "停电", major: false),
                     WorkOrderCategory(code: "CD", name: "触电事故", major: true)],
        deadlines: [.complaint: KindDeadlines(firstContact: .workingDays(1), reply: .workingDays(5)),
                    .faultReport: KindDeadlines(arrival: [.city: .realTime(minutes: 45)])],
        areas: AreaRules(areas: [ServiceArea(name: "水藤", station: "乐从供电所", areaType: .rural, keywords: ["水藤村"])]),
        replyTemplates: ReplyTemplates(byCategory: ["FWTD": ReplyTemplate(actions: "向{客户}当面致歉并说明情况", result: "客户接受道歉")]))

    private(set) var state = HallState.initial
    private(set) var records: [RecordedEvent] = []

    static func shanghai(_ text: String) -> Date {
        ISO8601DateFormatter().date(from: text.replacingOccurrences(of: " ", with: "T") + ":00+08:00")!
    }

    @discardableResult
    mutating func run(_ command: WorkOrderCommand, at time: String, by actor: StaffMember = coordinator) throws -> [Event] {
        let now = Self.shanghai(time)
        let events = try decide(command, state: state, catalog: Self.catalog, settings: Self.settings, actor: actor, now: now)
        records += state.fold(events, by: actor.id, terminal: "pts/3", at: now, timestamp: time)
        return events
    }

    static func customer(_ name: String, phone: String, address: String, area: String) -> Customer {
        Customer(name: name, phone: phone, accountNumber: "0301234567", address: address, area: area, station: "乐从供电所",
                 areaType: .city, kind: .residential)
    }

    /// GD000001 overdue in 营销部's hands, GD000002 due at 10:00 and not dispatched, GD000003
    /// a major electric-shock report not yet acknowledged; drawn at 09:41 on Monday 11-23.
    static func monday() throws -> WorkOrderDesk {
        var desk = WorkOrderDesk()
        try desk.run(.receive(WorkOrderIntake(kind: .complaint, source: .hotline95598, category: "FWTD",
                                              customer: customer("林美玲", phone: "13800138000", address: "乐从镇东平路 8 号", area: "东平"),
                                              description: "营业员态度生硬，客户留言请回电 13800138000", hotlineNumber: "95598-1")),
                     at: "2026-11-19 09:00")
        try desk.run(.dispatch(order: "GD000001", leadDepartment: "营销部", supportingDepartments: []), at: "2026-11-19 09:30")
        try desk.run(.receive(WorkOrderIntake(kind: .complaint, source: .phone, category: "FWTD",
                                              customer: customer("黄志坚", phone: "13911112222", address: "乐从镇水藤村 3 巷", area: "水藤"),
                                              description: "电费通知单未收到")), at: "2026-11-20 10:00")
        try desk.run(.receive(WorkOrderIntake(kind: .report, source: .phone, category: "CD",
                                              customer: customer("陈伯", phone: "13633334444", address: "乐从镇腾冲村", area: "腾冲"),
                                              description: "村口电线垂落，有小孩触电")), at: "2026-11-23 09:30")
        return desk
    }

    func facts(_ member: StaffMember) -> ConsoleFacts {
        var facts = Fixtures.facts(member: member)
        facts.catalog = Self.catalog
        facts.workOrderSettings = Self.settings
        return facts
    }
}
