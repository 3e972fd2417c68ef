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
    if let rejected = try pinGate(member, check: check, state: state, now: now, bootTime: bootTime, doing: "换人") {
        return [.access(.pinRejected(rejected))]
    }
    return [.access(.staffSwitched(StaffSwitched(to: member.id, session: session, bootTime: bootTime)))]
}

/// Decides a command a manager approves by typing their id and PIN at someone else's
/// terminal (所长特批 at the guide's): checked and locked out exactly as F4 换人, because a
/// staff id alone is known to everyone in the hall. A wrong PIN is logged as `pinRejected`
/// instead of the command's events; a right one lets `approved` decide as usual.
public func decideApproved(by member: StaffMember, check: PinCheck, state: HallState, now: Date, bootTime: BootTime? = nil,
                           approved: () throws(HallRefusal) -> [Event]) throws(HallRefusal) -> [Event] {
    if let rejected = try pinGate(member, check: check, state: state, now: now, bootTime: bootTime, doing: "特批") {
        return [.access(.pinRejected(rejected))]
    }
    return try approved()
}

/// The one PIN check for every purpose: refuses while `member` is locked out or has no
/// usable PIN, returns the rejection to log for a wrong PIN, nil for the right one.
/// `doing` names what the PIN was for in the refusal (换人, 特批).
private func pinGate(_ member: StaffMember, check: PinCheck, state: HallState, now: Date, bootTime: BootTime?,
                     doing: String) throws(HallRefusal) -> PinRejected? {
    let wait = PinLockout.remaining(after: state.pinFailures[member.id], now: now, bootTime: bootTime)
    guard wait <= 0 else {
        throw HallRefusal(.pinLockedOut, "\(member.id) 的 PIN 已连续输错 \(state.pinFailures[member.id]?.count ?? 0) 次，请 \(Int(wait.rounded(.up))) 秒后再试；忘记 PIN 请找系统管理员重设")
    }
    switch check {
    case .notSet:
        throw HallRefusal(.pinNotSet, "\(member.id) 尚未设置 PIN，不能在共用终端\(doing)。请本人或系统管理员用 halldesk staff set-pin 设置")
    case .outdated:
        throw HallRefusal(.pinOutdated, "\(member.id) 的 PIN 是旧版本设置的（可能只有 4 位，也未与工号绑定），已停用。请本人或系统管理员用 halldesk staff set-pin \(member.id) 设置新的 6 到 8 位 PIN 后再\(doing)")
    case .wrong:
        let failures = (state.pinFailures[member.id]?.count ?? 0) + 1
        return PinRejected(member: member.id, failures: failures, bootTime: bootTime)
    case .matches:
        return nil
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
