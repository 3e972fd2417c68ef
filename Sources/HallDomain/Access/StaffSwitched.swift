/// A shared terminal changed hands: `to` proved their PIN and acts at the record's terminal
/// from now on. The record's actor is whoever was at the terminal before.
public struct StaffSwitched: EventBody {
    public static let type = "staffSwitched"
    public static let version = 1

    public var to: String

    public init(to: String) {
        self.to = to
    }
}
