import Foundation

extension PeriodReportFold {
    /// What a fold knows from the records before a day, whatever period it reports on:
    /// every order's track and its slim copy for the suggestions, the improvement cases,
    /// the stations named, how many records it read. A report on a period from that day on
    /// starts from it instead of the top of the log (`resumed(from:)`),
    /// and reads the same as a full read: before the day nothing counts in a later period,
    /// it is only remembered.
    public struct Carry: Codable, Sendable {
        /// The first instant not read: every record carried was recorded before it.
        public let before: Date
        /// The records read, and the last one's sequence number.
        public let eventsRead: Int
        public let lastSeq: Int
        let orders: WorkOrderTally.Carry
        let cases: CaseTally.Carry
        /// The latest business day a queue or visit event read named (their `businessDay`),
        /// as a day number: a period from after it has none of its hall figures carried.
        let latestBusinessDay: Int?
    }
}
