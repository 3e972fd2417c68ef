/// A shared terminal changed hands: `to` proved their PIN and acts at the record's terminal
/// from now on. The record's actor is whoever was at the terminal before.
///
/// `session` and `bootTime` (absent in records written before they existed, and for a
/// practice folder's named terminal) bind the switch-in to the login session it was typed
/// in and let it lapse on the machine's own clock; see `SwitchIn`.
public struct StaffSwitched: EventBody {
    public static let type = "staffSwitched"
    public static let version = 1

    public var to: String
    public var session: LoginSession?
    public var bootTime: BootTime?

    public init(to: String, session: LoginSession? = nil, bootTime: BootTime? = nil) {
        self.to = to
        self.session = session
        self.bootTime = bootTime
    }
}
