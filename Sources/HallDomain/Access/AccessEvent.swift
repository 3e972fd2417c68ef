import Foundation

/// Facts about who acts and what they may see, kept as one case of `Event` (like
/// `WorkOrderEvent`) so the hall's event list and codec grow by one line.
public enum AccessEvent: Sendable, Equatable {
    case actionDenied(ActionDenied)
    case staffSwitched(StaffSwitched)
    case pinRejected(PinRejected)
    case pinSet(PinSet)
    case unmaskedExported(UnmaskedExported)
    case rosterChanged(RosterChanged)
    case actedOnBehalf(ActedOnBehalf)

    public var body: any EventBody {
        switch self {
        case .actionDenied(let body): body
        case .staffSwitched(let body): body
        case .pinRejected(let body): body
        case .pinSet(let body): body
        case .unmaskedExported(let body): body
        case .rosterChanged(let body): body
        case .actedOnBehalf(let body): body
        }
    }

    /// One line of plain Chinese for the event log pane and `log tail` readers.
    public var summary: String {
        switch self {
        case .actionDenied(let denied):
            "拒绝操作（\(Action(rawValue: denied.action)?.chineseName ?? denied.action)）：\(denied.reason)"
        case .staffSwitched(let switched):
            "换人操作：改由 \(switched.to) 在本终端操作"
        case .pinRejected(let rejected):
            "PIN 错误：\(rejected.member) 连续第 \(rejected.failures) 次"
        case .pinSet(let set):
            "设置 PIN：\(set.member)"
        case .unmaskedExported(let export):
            "导出未遮蔽资料：\(export.export)"
        case .rosterChanged(let change):
            change.summary
        case .actedOnBehalf(let acted):
            "管理员 \(acted.admin) 以 \(acted.member) 的身份操作（--staff）"
        }
    }

    /// The event stored as (type, version, body), or nil if no access body has that type and version.
    static func decode(type: String, version: Int, body: Data) throws(EventCodec.UndecodableBody) -> AccessEvent? {
        switch (type, version) {
        case (ActionDenied.type, ActionDenied.version): .actionDenied(try EventCodec.decoded(body, type, version))
        case (StaffSwitched.type, StaffSwitched.version): .staffSwitched(try EventCodec.decoded(body, type, version))
        case (PinRejected.type, PinRejected.version): .pinRejected(try EventCodec.decoded(body, type, version))
        case (PinSet.type, PinSet.version): .pinSet(try EventCodec.decoded(body, type, version))
        case (UnmaskedExported.type, UnmaskedExported.version): .unmaskedExported(try EventCodec.decoded(body, type, version))
        case (RosterChanged.type, RosterChanged.version): .rosterChanged(try EventCodec.decoded(body, type, version))
        case (ActedOnBehalf.type, ActedOnBehalf.version): .actedOnBehalf(try EventCodec.decoded(body, type, version))
        default: nil
        }
    }
}
