import Foundation

/// The sender command took a queued notice (exit status 0): it is not sent again.
public struct NoticeDelivered: DayEvent {
    public static let type = "noticeDelivered"
    public static let version = 1

    public var businessDay: String
    public var notice: String

    public init(businessDay: String, notice: String) {
        self.businessDay = businessDay
        self.notice = notice
    }

    public func apply(to day: inout HallDay, at time: Date) -> Bool {
        day.updateNotice(notice) { $0.deliveredAt = time }
    }
}
