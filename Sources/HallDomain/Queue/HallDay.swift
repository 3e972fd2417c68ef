import Foundation

/// One business day of the hall's queue: every slip issued, the counters, the tallies and
/// the service times learned so far. A new day starts empty; see `HallState.enter`.
public struct HallDay: Sendable, Equatable, Codable {
    /// `yyyy-MM-dd` in the hall's zone; empty before the hall's first day.
    public var businessDay: String
    /// In issue order.
    public var slips: [QueueSlip]
    /// Only counters that have been opened today; any other counter is closed.
    public var counters: [CounterStatus]
    public var tally: DayTally
    /// Learned from finished services; carried over from the day before, because
    /// yesterday's services say more about today's than the catalog does.
    public var serviceTimes: ServiceTimes
    /// The hall's offset from UTC on this day, from its first slip; nil before one.
    public var utcOffsetSeconds: Int?
    /// Phones of today's slips whose customer agreed to be sent notices, by slip number: the
    /// sender needs them, and they leave the state with the day. Nobody else's is kept.
    public var noticePhones: [String: String] = [:]
    /// Messages to customers queued today, in queueing order.
    public var notices: [CustomerNotice] = []

    public init(businessDay: String, serviceTimes: ServiceTimes = ServiceTimes()) {
        self.businessDay = businessDay
        self.slips = []
        self.counters = []
        self.tally = .empty
        self.serviceTimes = serviceTimes
    }

    /// The local hour (0–23) of an instant of this day, once the offset is known.
    public func localHour(of time: Date) -> Int? {
        utcOffsetSeconds.map { LocalDay.quarterHourSlot(of: time, utcOffsetSeconds: $0) / 4 }
    }

    /// 过号 today: slips whose customer was called and did not come, and that were not
    /// reinstated or served since. The one count of no-shows: the manager's board shows it and
    /// the month report counts the same slips (`SlipTrack.noShow`), so a customer who came
    /// back in time is in neither. A tally of markings would count that customer too.
    public var noShows: Int { slips.count(where: { $0.status == .noShow }) }

    public func slip(_ number: String) -> QueueSlip? {
        slips.first { $0.number == number }
    }

    /// A counter's status; a counter not opened today is closed.
    public func counter(_ number: Int) -> CounterStatus {
        counters.first { $0.number == number } ?? CounterStatus(number: number)
    }

    /// Slips issued today in a queue (by its letter), for numbering.
    public func issuedCount(queue letter: String) -> Int {
        slips.count(where: { $0.number.hasPrefix(letter) })
    }

    public func waiting(in queues: [String]) -> [QueueSlip] {
        slips.filter { $0.status == .waiting && queues.contains($0.queue) }
    }

    /// One queue's waiting slips as the manager's board and `halldesk queue status --queue`
    /// list them: priority slips first in `PriorityOrder`, then the rest by issue time. The
    /// fairness rule (`CallSelection`) may still call a long-waiting ordinary slip first.
    public func waitingList(queue letter: String) -> [QueueSlip] {
        let waiting = waiting(in: [letter])
        return waiting.filter { $0.priority != nil }.sorted(by: PriorityOrder.precedes)
            + waiting.filter { $0.priority == nil }.sorted { $0.isIssued(before: $1) }
    }

    /// Changes one slip in place; false when today has no such slip.
    mutating func updateSlip(_ number: String, _ change: (inout QueueSlip) -> Void) -> Bool {
        guard let index = slips.firstIndex(where: { $0.number == number }) else { return false }
        change(&slips[index])
        return true
    }

    /// Changes one notice in place; false when today has no such notice.
    mutating func updateNotice(_ id: String, _ change: (inout CustomerNotice) -> Void) -> Bool {
        guard let index = notices.firstIndex(where: { $0.id == id }) else { return false }
        change(&notices[index])
        return true
    }

    /// Changes one counter in place, adding it (closed) if it has not been seen today.
    mutating func updateCounter(_ number: Int, _ change: (inout CounterStatus) -> Void) {
        if let index = counters.firstIndex(where: { $0.number == number }) {
            change(&counters[index])
        } else {
            var status = CounterStatus(number: number)
            change(&status)
            counters.append(status)
            counters.sort { $0.number < $1.number }
        }
    }
}
