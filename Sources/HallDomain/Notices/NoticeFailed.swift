import Foundation

/// The sender command did not take a notice: it exited with `exitStatus`, or could not be
/// run at all (`exitStatus` nil, `reason` says why). Counted towards the retry limit.
public struct NoticeFailed: DayEvent {
    public static let type = "noticeFailed"
    public static let version = 1

    public var businessDay: String
    public var notice: String
    public var exitStatus: Int?
    public var reason: String

    public init(businessDay: String, notice: String, exitStatus: Int?, reason: String) {
        self.businessDay = businessDay
        self.notice = notice
        self.exitStatus = exitStatus
        self.reason = reason
    }

    public func apply(to day: inout HallDay, at time: Date) -> Bool {
        day.updateNotice(notice) {
            $0.failures += 1
            $0.lastFailure = reason
            $0.lastFailureAt = time
        }
    }
}
