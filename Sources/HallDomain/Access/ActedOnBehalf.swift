/// An admin acted as `member` with `--staff`: written by the admin, in the same append as
/// (and just before) the member's own records, so the log names both and a batch never
/// holds the member's records without it. Scripts, training and the test suite play
/// several people this way; the log must still say who was really at the keyboard.
public struct ActedOnBehalf: EventBody {
    public static let type = "actedOnBehalf"
    public static let version = 1

    public var admin: String
    public var member: String

    public init(admin: String, member: String) {
        self.admin = admin
        self.member = member
    }
}
