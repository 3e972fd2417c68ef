import Foundation
@testable import HallDomain
import HallTestSupport

/// A supply station's work-order desk for the stories: a coordinator, two handlers in 营销部,
/// one in 运检部, one in 计量班, the heads of 营销部 and 计量班, the hall's manager; complaint and fault-report deadlines as the public
/// rules state them; China's 2026 calendar typed in from the State Council notice.
enum WorkOrderFixture {
    static let coordinator = StaffMember(id: "K01", name: "冯振华", roles: [.coordinator], department: nil, login: "fengzh")
    static let marketing1 = StaffMember(id: "D01", name: "麦国栋", roles: [.department], department: "营销部", login: "maigd")
    static let marketing2 = StaffMember(id: "D02", name: "区淑贞", roles: [.department], department: "营销部", login: "ousz")
    static let operations = StaffMember(id: "D03", name: "梁志明", roles: [.department], department: "运检部", login: "liangzm")
    static let metering = StaffMember(id: "D04", name: "何嘉欣", roles: [.department], department: "计量班", login: "hejx")
    /// 营销部's head: handles its orders too, and is where they escalate first.
    static let marketingHead = StaffMember(id: "H01", name: "钟伟强", roles: [.department, .departmentHead], department: "营销部",
                                           login: "zhongwq")
    static let meteringHead = StaffMember(id: "H03", name: "谭国良", roles: [.department, .departmentHead], department: "计量班",
                                          login: "tangl")

    static let catalog: Catalog = {
        var catalog = HallFixture.catalog
        catalog.roster.members += [coordinator, marketing1, marketing2, operations, metering, marketingHead, meteringHead]
        return catalog
    }()

    private static let shanghai = TimeZone(identifier: "Asia/Shanghai")!

    private static func days(_ first: String, _ last: String) -> [CalendarDay] {
        Array((CalendarDay(first)!.dayNumber...CalendarDay(last)!.dayNumber).map(CalendarDay.init(dayNumber:)))
    }

    static let calendar = WorkingCalendar(
        timeZone: shanghai,
        workingHours: [WorkingPeriod(start: ClockTime(hour: 8, minute: 30), end: ClockTime(hour: 12, minute: 0)),
                       WorkingPeriod(start: ClockTime(hour: 14, minute: 0), end: ClockTime(hour: 17, minute: 30))],
        loadedYears: [2026],
        festivals: [
            Festival(name: "元旦", holidays: days("2026-01-01", "2026-01-03"), makeUpWorkdays: [CalendarDay("2026-01-04")!]),
            Festival(name: "春节", holidays: days("2026-02-15", "2026-02-23"),
                     makeUpWorkdays: [CalendarDay("2026-02-14")!, CalendarDay("2026-02-28")!]),
            Festival(name: "清明节", holidays: days("2026-04-04", "2026-04-06"), makeUpWorkdays: []),
            Festival(name: "劳动节", holidays: days("2026-05-01", "2026-05-05"), makeUpWorkdays: [CalendarDay("2026-05-09")!]),
            Festival(name: "端午节", holidays: days("2026-06-19", "2026-06-21"), makeUpWorkdays: []),
            Festival(name: "中秋节", holidays: days("2026-09-25", "2026-09-27"), makeUpWorkdays: []),
            Festival(name: "国庆节", holidays: days("2026-10-01", "2026-10-07"),
                     makeUpWorkdays: [CalendarDay("2026-09-20")!, CalendarDay("2026-10-10")!]),
        ])

    static let settings = WorkOrderSettings(
        calendar: calendar,
        categories: [WorkOrderCategory(code: "FWTD", name: "服务态度", major: false),
                     WorkOrderCategory(code: "TD", name: "停电", major: false),
                     WorkOrderCategory(code: "CD", name: "触电事故", major: true)],
        deadlines: [.complaint: KindDeadlines(firstContact: .workingDays(1), reply: .workingDays(5)),
                    .faultReport: KindDeadlines(arrival: [.city: .realTime(minutes: 45), .rural: .realTime(minutes: 90),
                                                          .remote: .realTime(minutes: 120)])])

    static let customer = WorkOrderSamples.customer

    static let complaint = WorkOrderIntake(kind: .complaint, source: .hotline95598, category: "FWTD", customer: customer,
                                           description: "营业员态度生硬，未说明电费构成", hotlineNumber: "95598-20260930-0001")

    static let completeReply = WorkOrderSamples.completeReply

    /// One sample of every work-order event body (see `WorkOrderSamples`).
    static let everyEvent = WorkOrderSamples.everyEvent
}

/// Work orders run command by command through `decide` and `evolve`, as the console does.
struct WorkOrderStory {
    var state = HallState.initial
    var now = HallFixture.shanghai("2026-09-30 16:00")
    var settings = WorkOrderFixture.settings

    mutating func at(_ time: String) { now = HallFixture.shanghai(time) }

    @discardableResult
    mutating func run(_ command: WorkOrderCommand, by actor: StaffMember = WorkOrderFixture.coordinator) throws(HallRefusal) -> [Event] {
        let events = try decide(command, state: state, catalog: WorkOrderFixture.catalog, settings: settings, actor: actor, now: now)
        state.fold(events, by: actor.id, terminal: "tty2", at: now)
        return events
    }

    func refusal(_ command: WorkOrderCommand, by actor: StaffMember = WorkOrderFixture.coordinator) -> HallRefusal.Code? {
        do {
            _ = try decide(command, state: state, catalog: WorkOrderFixture.catalog, settings: settings, actor: actor, now: now)
            return nil
        } catch {
            return error.code
        }
    }

    /// Receives an order and returns its number.
    mutating func receive(_ intake: WorkOrderIntake = WorkOrderFixture.complaint) throws(HallRefusal) -> String {
        guard case .workOrder(.received(let body)) = try run(.receive(intake)).first else { fatalError("receive gave no order") }
        return body.order
    }

    /// Receives a complaint, dispatches it to 营销部 and has D01 accept it.
    mutating func acceptedComplaint() throws(HallRefusal) -> String {
        let number = try receive()
        try run(.dispatch(order: number, leadDepartment: "营销部", supportingDepartments: []))
        try run(.accept(order: number), by: WorkOrderFixture.marketing1)
        return number
    }

    func order(_ number: String) -> WorkOrder { state.workOrders.order(number)! }

    /// The fixture's complete reply, stating as handling time the story's present minute.
    var replyNow: WorkOrderReply {
        WorkOrderFixture.completeReply.with(handledAt: LocalTime(now, in: settings.calendar.timeZone).minuteText)
    }

    /// 营销部 records it phoned the customer, as a reply needs.
    mutating func contact(_ number: String) throws(HallRefusal) {
        try run(.firstContact(order: number, onSite: false, note: "电话联系客户"), by: WorkOrderFixture.marketing1)
    }
}

extension WorkOrderReply {
    /// The same reply stating another handling time.
    func with(handledAt: String) -> WorkOrderReply {
        var reply = self
        reply.handledAt = handledAt
        return reply
    }
}
