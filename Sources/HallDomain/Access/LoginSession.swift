/// The login session a command runs in, as the kernel has it: the session id and the start
/// of the session's leader (clock ticks since boot) on one boot. A session id is reused
/// once its session ends, the three together are not, so a switch-in bound to one ends
/// with it. Nobody can join another login's session, unlike naming its terminal.
public struct LoginSession: Codable, Sendable, Equatable, Hashable {
    public var boot: String
    public var id: Int32
    public var leaderStart: UInt64

    public init(boot: String, id: Int32, leaderStart: UInt64) {
        self.boot = boot
        self.id = id
        self.leaderStart = leaderStart
    }
}
