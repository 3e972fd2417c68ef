import Foundation

/// Wrong PINs in a row for one member, as the log has them: reset by a good PIN or a new one.
public struct PinFailures: Sendable, Equatable, Codable {
    public var count: Int
    public var last: Date

    public init(count: Int, last: Date) {
        self.count = count
        self.last = last
    }
}
