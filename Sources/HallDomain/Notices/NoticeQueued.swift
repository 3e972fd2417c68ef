import Foundation

/// A message to a customer who gave a phone and agreed to be told was put in the outbound
/// spool. The text never holds the phone: the log's readers see what was said, not to whom.
public struct NoticeQueued: DayEvent {
    public static let type = "noticeQueued"
    public static let version = 1

    public var businessDay: String
    public var notice: String
    public var slip: String
    public var kind: NoticeKind
    public var text: String

    public init(businessDay: String, notice: String, slip: String, kind: NoticeKind, text: String) {
        self.businessDay = businessDay
        self.notice = notice
        self.slip = slip
        self.kind = kind
        self.text = text
    }

    public func apply(to day: inout HallDay, at time: Date) -> Bool {
        guard day.slip(slip) != nil, !day.notices.contains(where: { $0.id == notice }) else { return false }
        day.notices.append(CustomerNotice(id: notice, slip: slip, kind: kind, text: text, queuedAt: time))
        return true
    }
}
