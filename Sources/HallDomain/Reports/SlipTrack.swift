import Foundation

/// What the report keeps of one queue slip while streaming the log.
struct SlipTrack {
    var day: CalendarDay
    var hour: Int
    var issuedAt: Date
    /// The queue it was issued in: the estimate was made for that queue.
    var queue: String
    var expectedMinutes: Double
    var firstCalledAt: Date?
    var calledAt: Date?
    var startedAt: Date?
    var served = false
    /// Marked 过号 and not reinstated or served since: the same slips `HallDay.noShows` counts.
    var noShow = false

    /// Issue → first call, in minutes; nil until called.
    var waitMinutes: Double? { firstCalledAt.map { ElapsedMinutes.between(issuedAt, $0) } }
}
