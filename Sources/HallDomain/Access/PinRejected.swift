/// A wrong PIN was entered for `member` when switching staff at a shared terminal. The
/// record's actor is whoever was at the terminal. `failures` counts the wrong tries in a
/// row, which is what `PinLockout` waits on; `bootTime` (absent in older records) lets the
/// wait be measured on the machine's own clock too.
public struct PinRejected: EventBody {
    public static let type = "pinRejected"
    public static let version = 1

    public var member: String
    public var failures: Int
    public var bootTime: BootTime?

    public init(member: String, failures: Int, bootTime: BootTime? = nil) {
        self.member = member
        self.failures = failures
        self.bootTime = bootTime
    }

    /// What the person at the terminal is told, on the command line and in the console.
    public var message: String {
        let left = PinLockout.freeTries - failures
        return left > 0 ? "PIN 不对，还可再试 \(left) 次。" : "PIN 不对。已连续输错 \(failures) 次，须等待后再试；忘记 PIN 请找系统管理员重设。"
    }
}
