import Foundation

/// Wrong PINs in a row for one member, as the log has them: reset by a good PIN or a new one.
/// `last` is the last wrong try's record time, `lastBootTime` the machine's own clock then.
public struct PinFailures: Sendable, Equatable, Codable {
    public var count: Int
    public var last: Date
    public var lastBootTime: BootTime?

    public init(count: Int, last: Date, lastBootTime: BootTime? = nil) {
        self.count = count
        self.last = last
        self.lastBootTime = lastBootTime
    }
}
