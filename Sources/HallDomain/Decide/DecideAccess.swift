import Foundation

/// Decides a staff switch at a shared terminal: `member` typed a PIN that the PIN file
/// found `check`. A wrong PIN is a fact to log (and counts towards the lockout), so it
/// returns a `pinRejected` event rather than refusing; the caller tells the person.
///
/// `session` and `bootTime` are what the system says about the caller (the login session
/// the PIN was typed in, the machine's time since boot): the switch-in is bound to the one
/// and the lockout and lapse are measured on the other as well as on the records' times.
public func decideSwitch(to member: StaffMember, check: PinCheck, state: HallState, now: Date,
                         session: LoginSession? = nil, bootTime: BootTime? = nil) throws(HallRefusal) -> [Event] {
    let wait = PinLockout.remaining(after: state.pinFailures[member.id], now: now, bootTime: bootTime)
    guard wait <= 0 else {
        throw HallRefusal(.pinLockedOut, "\(member.id) 的 PIN 已连续输错 \(state.pinFailures[member.id]?.count ?? 0) 次，请 \(Int(wait.rounded(.up))) 秒后再试；忘记 PIN 请找系统管理员重设")
    }
    switch check {
    case .notSet:
        throw HallRefusal(.pinNotSet, "\(member.id) 尚未设置 PIN，不能在共用终端换人。请本人或系统管理员用 halldesk staff set-pin 设置")
    case .outdated:
        throw HallRefusal(.pinOutdated, "\(member.id) 的 PIN 是旧版本设置的（可能只有 4 位，也未与工号绑定），已停用。请本人或系统管理员用 halldesk staff set-pin \(member.id) 设置新的 6 到 8 位 PIN 后再换人")
    case .wrong:
        let failures = (state.pinFailures[member.id]?.count ?? 0) + 1
        return [.access(.pinRejected(PinRejected(member: member.id, failures: failures, bootTime: bootTime)))]
    case .matches:
        return [.access(.staffSwitched(StaffSwitched(to: member.id, session: session, bootTime: bootTime)))]
    }
}

/// Decides `actor` setting `member`'s PIN: the member themselves or an admin (the matrix's
/// `setPin`). The hash is written by the caller; the log records only that it changed.
public func decideSetPin(for member: StaffMember, state: HallState, catalog: Catalog, actor: StaffMember) throws(HallRefusal) -> [Event] {
    try Permission(actor: actor, day: nil, book: state.workOrders, roster: catalog.roster).check(Access(.setPin, .member(member.id)))
    return [.access(.pinSet(PinSet(member: member.id)))]
}

/// Decides an unmasked export: a manager only (the matrix's `exportUnmasked`), and logged.
public func decideUnmaskedExport(_ export: String, state: HallState, catalog: Catalog, actor: StaffMember) throws(HallRefusal) -> [Event] {
    try Permission(actor: actor, day: nil, book: state.workOrders, roster: catalog.roster).check(Access(.exportUnmasked))
    return [.access(.unmaskedExported(UnmaskedExported(export: export)))]
}
