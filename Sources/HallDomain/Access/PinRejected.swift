/// A wrong PIN was entered for `member` when switching staff at a shared terminal. The
/// record's actor is whoever was at the terminal. `failures` counts the wrong tries in a
/// row, which is what `PinLockout` waits on.
public struct PinRejected: EventBody {
    public static let type = "pinRejected"
    public static let version = 1

    public var member: String
    public var failures: Int

    public init(member: String, failures: Int) {
        self.member = member
        self.failures = failures
    }
}
