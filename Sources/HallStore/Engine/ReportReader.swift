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
/// resume from, and each fold starting on a month's first day leaves one for its month.
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

    static func fold(_ store: any EventStore, into folds: inout [PeriodReportFold],
                     checkpoints: ReportCheckpoints?) throws(Failure) {
        let latest = folds.map { $0.period.end }.max() ?? .distantFuture
        var undecodable: EventCodec.UndecodableBody?
        let resumed = checkpoints.map { resume(folds, store: store, from: $0) }
        var decoded = resumed?.folds ?? folds
        let start = resumed?.head ?? .empty
        /// Days with a checkpoint that may still serve; one that did not read or is not this log's is written anew.
        let stored = Set(checkpoints?.days() ?? []).subtracting(resumed?.passedOver ?? [])
        /// The folds that will leave a checkpoint at their period's start, when they reach it.
        var leaving = Set(decoded.indices.filter { decoded[$0].period.from.day == 1 && !stored.contains(decoded[$0].period.from) })
        var left: [(CalendarDay, ReportCheckpoint)] = []
        var previous = start
        let follower = store.follow(after: start)
        do throws(LogFailure) {
            try follower.poll { record in
                guard undecodable == nil else { return }
                let time = record.time
                for index in leaving where time >= decoded[index].period.start {
                    leaving.remove(index)
                    if previous.seq > 0, let carry = decoded[index].carry {
                        left.append((decoded[index].period.from, ReportCheckpoint(head: previous, carry: carry)))
                    }
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

    /// `folds` resumed from the newest checkpoint at or before all their periods that the
    /// log still holds and every fold can resume from, with where to read on from (the
    /// folds as they are and `.empty` when there is none), and the days whose checkpoint
    /// did not read or is not this log's.
    static func resume(_ folds: [PeriodReportFold], store: any EventStore, from checkpoints: ReportCheckpoints)
        -> (folds: [PeriodReportFold], head: LogHead, passedOver: Set<CalendarDay>) {
        var passedOver: Set<CalendarDay> = []
        guard let earliest = folds.map(\.period.from).min() else { return (folds, .empty, []) }
        for day in checkpoints.days() where day <= earliest {
            guard let checkpoint = checkpoints.load(day), case .held = try? store.check(checkpoint.head) else {
                passedOver.insert(day)
                continue
            }
            let resumed = folds.compactMap { $0.resumed(from: checkpoint.carry) }
            if resumed.count == folds.count { return (resumed, checkpoint.head, passedOver) }
        }
        return (folds, .empty, passedOver)
    }
}
