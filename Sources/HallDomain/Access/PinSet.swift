/// `member`'s PIN was set or changed by the record's actor. The PIN and its hash are never
/// in the log: they live in the data folder's PIN file only.
public struct PinSet: EventBody {
    public static let type = "pinSet"
    public static let version = 1

    public var member: String

    public init(member: String) {
        self.member = member
    }
}
