import Foundation

/// Decides what a command means for the hall now, or refuses it with a reason.
///
/// Pure: the state, catalog, acting staff member and time all come in. The permission
/// matrix is checked first, on the same business day the command would act on, so no
/// command reaches its rules for someone whose role does not allow it. Runs on fresh state
/// under the log's expected-sequence check, which is what makes slip numbers unique and
/// keeps two counters from calling the same slip. `terminal` is where the command was
/// given: a counter open on one terminal is not worked from another without a take-over;
/// nil (the simulator, tests of other rules) leaves terminals out of it.
public func decide(_ command: HallCommand, state: HallState, catalog: Catalog, actor: StaffMember,
                   now: Date, terminal: String? = nil) throws(HallRefusal) -> [Event] {
    let decision = try Decision(state: state, catalog: catalog, actor: actor, now: now, terminal: terminal)
    try Permission(actor: actor, day: decision.day, book: state.workOrders, roster: catalog.roster).check(command.access)
    try FieldLimit.check(command.limitedFields)
    switch command {
    case let .answerAtDoor(businessType, customerKind):
        return try decision.answerAtDoor(businessType: businessType, customerKind: customerKind)
    case let .turnAway(businessType, customerKind, presented, phone):
        return try decision.turnAway(businessType: businessType, customerKind: customerKind, presented: presented, phone: phone)
    case let .issueSlip(businessType, customerKind, presented, priority, override, phone, noticeConsent):
        return try decision.issueSlip(businessType: businessType, customerKind: customerKind, presented: presented,
                                      priority: priority, override: override, phone: phone, noticeConsent: noticeConsent)
    case let .markFormsPrefilled(slip):
        return try decision.markFormsPrefilled(slip: slip)
    case let .reprintSlip(slip):
        return try decision.reprintSlip(slip)
    case let .callNext(counter):
        return try decision.callNext(counter: counter)
    case let .callSlip(counter, slip, reason):
        return try decision.callSlip(counter: counter, slip: slip, reason: reason)
    case let .rateService(counter, rating, source):
        return try decision.rateService(counter: counter, rating: rating, source: source)
    case let .recall(counter):
        return try decision.recall(counter: counter)
    case let .markNoShow(counter):
        return try decision.markNoShow(counter: counter)
    case let .reinstate(slip):
        return try decision.reinstate(slip: slip)
    case let .transfer(slip, toQueue):
        return try decision.transfer(slip: slip, toQueue: toQueue)
    case let .startService(counter):
        return try decision.startService(counter: counter)
    case let .finishService(counter):
        return try decision.finishService(counter: counter)
    case let .openCounter(counter):
        return try decision.openCounter(counter: counter)
    case let .takeOverCounter(counter):
        return try decision.takeOverCounter(counter: counter)
    case let .pauseCounter(counter, reason):
        return try decision.pauseCounter(counter: counter, reason: reason)
    case let .closeCounter(counter):
        return try decision.closeCounter(counter: counter)
    case let .queueNotices(peopleAhead):
        return decision.queueNotices(peopleAhead: peopleAhead)
    case let .recordNotice(notice, result):
        return try decision.recordNotice(notice, result: result)
    case let .bookAppointment(request):
        return try decision.bookAppointments([request])
    case let .importAppointments(requests):
        return try decision.bookAppointments(requests)
    case let .cancelAppointment(id, reason):
        return try decision.cancelAppointment(id: id, reason: reason)
    case let .checkInAppointment(id, customerKind, presented, override):
        return try decision.checkInAppointment(id: id, customerKind: customerKind, presented: presented, override: override)
    case .recordMissedAppointments:
        return decision.recordMissedAppointments()
    }
}

/// The inputs of one decision, with today's day as the log would have it once an event of
/// `now`'s business day is written.
struct Decision {
    let catalog: Catalog
    let actor: StaffMember
    let now: Date
    let terminal: String?
    let local: LocalDay
    let day: HallDay
    /// The appointment book, which outlives the day.
    let appointments: AppointmentBook

    init(state: HallState, catalog: Catalog, actor: StaffMember, now: Date, terminal: String? = nil) throws(HallRefusal) {
        guard let local = LocalDay(now, timeZone: catalog.hall.timeZone) else {
            throw HallRefusal(.unknownTimeZone, "营业厅时区“\(catalog.hall.timeZone)”无效，请管理员在 hall.toml 中改为如 Asia/Shanghai 的时区名")
        }
        guard let day = state.day(local.businessDay) else {
            throw HallRefusal(.clockBehindLog, "本机日期 \(local.businessDay) 早于日志中的营业日 \(state.today.businessDay)，请校准本机时钟后重试")
        }
        self.catalog = catalog
        self.actor = actor
        self.now = now
        self.terminal = terminal
        self.local = local
        self.day = day
        self.appointments = state.appointments
    }

    var businessDay: String { local.businessDay }

    func businessType(_ code: String) throws(HallRefusal) -> BusinessType {
        guard let type = catalog.businessType(code: code) else {
            throw HallRefusal(.unknownBusinessType, "没有代码为 \(code) 的业务类型，请按代码、拼音首字母或名称重新查找")
        }
        return type
    }

    /// The documents `type` asks of this kind of customer. A business whose seed lists no
    /// checklist for the kind is not offered to it (一户多人口电价 is for 居民 only): an
    /// absent list must not read as "nothing to show".
    func checklist(_ type: BusinessType, for kind: CustomerKind) throws(HallRefusal) -> [String] {
        guard let documents = type.documents[kind] else {
            let offered = CustomerKind.allCases.filter { type.documents[$0] != nil }.map(\.chineseName).joined(separator: "、")
            throw HallRefusal(.notOfferedToCustomerKind, "\(type.name) 只面向\(offered)客户，请核对客户类别")
        }
        return documents
    }

    func slip(_ number: String) throws(HallRefusal) -> QueueSlip {
        guard let slip = day.slip(number) else {
            throw HallRefusal(.unknownSlip, "今天没有 \(number) 号，请核对小票上的号码")
        }
        return slip
    }
}
