import Foundation
import HallDomain

/// Reads the log once for reports — the `report` command and the console's Reports pane:
/// each record that can change a figure is decoded and handed to every fold (a period and
/// the one before it), then dropped, so memory stays with the orders and slips.
///
/// Reads through a follower, the readers' path: no lock, never a repair, so a report can
/// run on a copy of the folder or while the hall is open. A record no figure reads
/// (counter opened, pushes, notes…) or one from after the period is never decoded. With
/// `checkpoints`, reading starts at the newest one the log still holds that every fold can
/// resume from, and one is left at every month start read past.
public enum ReportReader {
    /// Why a report stopped short, in words for the person who asked for it.
    public struct Failure: Error, Sendable, Equatable {
        public var message: String
    }

    /// Reads `store`'s whole log into each of `folds`; they are left as they were when
    /// reading fails.
    public static func fold(_ store: any EventStore, into folds: inout [PeriodReportFold]) throws(Failure) {
        try fold(store, into: &folds, checkpoints: nil)
    }

    /// With `checkpoints`, also leaves one at every month start (in `zone`, else the folds'
    /// zone) it reads past up to the folds' end, from a fold that only remembers
    /// (`PeriodReportFold.carrier`); with no folds it reads to the end of the log.
    static func fold(_ store: any EventStore, into folds: inout [PeriodReportFold],
                     checkpoints: ReportCheckpoints?, zone: TimeZone? = nil) throws(Failure) {
        let latest = folds.map { $0.period.end }.max() ?? .distantFuture
        var undecodable: EventCodec.UndecodableBody?
        let zone = zone ?? folds.first?.period.zone
        var carrier = checkpoints == nil ? nil : zone.map(PeriodReportFold.carrier)
        let resumed = checkpoints.map { resume(folds, carrier: carrier, store: store, from: $0) }
        var decoded = resumed?.folds ?? folds
        if let resumed { carrier = resumed.carrier }
        let start = resumed?.head ?? .empty
        /// Days with a checkpoint that may still serve; one that did not read or is not this log's is written anew.
        let stored = Set(checkpoints?.days() ?? []).subtracting(resumed?.passedOver ?? [])
        /// The next month start to leave a checkpoint at, and its instant, once the first record
        /// read says which month reading begins in; worked out once a month, not per record.
        var nextMonth: (day: CalendarDay, start: Date)?
        var left: [(CalendarDay, ReportCheckpoint)] = []
        var previous = start
        let follower = store.follow(after: start)
        do throws(LogFailure) {
            try follower.poll { record in
                guard undecodable == nil else { return }
                let time = record.time
                if let carrying = carrier, let zone {
                    func starting(_ day: CalendarDay) -> (day: CalendarDay, start: Date) {
                        (day, LocalTime(day: day, secondOfDay: 0).instant(in: zone))
                    }
                    var month = nextMonth ?? starting(Self.month(after: LocalTime(time, in: zone).day))
                    while time >= month.start, month.start <= latest {
                        if previous.seq > 0, !stored.contains(month.day), let carry = carrying.carry(before: month.start) {
                            left.append((month.day, ReportCheckpoint(head: previous, carry: carry)))
                        }
                        month = starting(Self.month(after: month.day))
                    }
                    nextMonth = month
                    // Records from the folds' end on are not all decoded: the carrier stops there.
                    if time >= latest { carrier = nil }
                }
                previous = record.head
                var event = Event.unrecognised(type: record.type, version: record.version)
                if PeriodReportFold.types.contains(record.type), time < latest || PeriodReportFold.lateTypes.contains(record.type) {
                    do throws(EventCodec.UndecodableBody) {
                        event = try EventCodec.decode(type: record.type, version: record.version, body: record.body)
                    } catch {
                        undecodable = error
                        return
                    }
                }
                let recorded = RecordedEvent(seq: record.seq, timestamp: record.timestamp, time: time, actor: record.actor,
                                             terminal: record.terminal, event: event)
                for index in decoded.indices { decoded[index].add(recorded) }
                carrier?.add(recorded)
            }
        } catch {
            throw Failure(message: error.message + " 报表只统计到此之前的记录；请运行 halldesk log verify。")
        }
        if let undecodable {
            throw Failure(message: "有一条记录（\(undecodable.type) v\(undecodable.version)）的内容无法解读。请运行 halldesk log verify 并联系管理员。")
        }
        for (day, checkpoint) in left { checkpoints?.save(checkpoint, for: day) }
        folds = decoded
    }

    /// The first day of the month after `day`'s.
    static func month(after day: CalendarDay) -> CalendarDay {
        day.month == 12 ? CalendarDay(year: day.year + 1, month: 1, day: 1)! : CalendarDay(year: day.year, month: day.month + 1, day: 1)!
    }

    /// `folds` and `carrier` resumed from the newest checkpoint at or before all the folds'
    /// periods (any, when there are none) that the log still holds and every fold can
    /// resume from, with where to read on from (as they are and `.empty` when there is
    /// none), and the days whose checkpoint did not read or is not this log's.
    static func resume(_ folds: [PeriodReportFold], carrier: PeriodReportFold?, store: any EventStore,
                       from checkpoints: ReportCheckpoints)
        -> (folds: [PeriodReportFold], carrier: PeriodReportFold?, head: LogHead, passedOver: Set<CalendarDay>) {
        var passedOver: Set<CalendarDay> = []
        let earliest = folds.map(\.period.from).min()
        for day in checkpoints.days() where earliest.map({ day <= $0 }) ?? true {
            guard let checkpoint = checkpoints.load(day), case .held = try? store.check(checkpoint.head) else {
                passedOver.insert(day)
                continue
            }
            let resumed = folds.compactMap { $0.resumed(from: checkpoint.carry) }
            if resumed.count == folds.count {
                return (resumed, carrier?.resumed(from: checkpoint.carry), checkpoint.head, passedOver)
            }
        }
        return (folds, carrier, .empty, passedOver)
    }
}
