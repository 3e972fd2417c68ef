import Foundation
import HallDomain

/// Reads the log once for reports — the `report` command and the console's Reports pane:
/// each record that can change a figure is decoded and handed to every fold (a period and
/// the one before it), then dropped, so memory stays with the orders and slips.
///
/// Reads through a follower, the readers' path: no lock, never a repair, so a report can
/// run on a copy of the folder or while the hall is open. A record no figure reads
/// (counter opened, pushes, notes…) or one from after the period is never decoded.
public enum ReportReader {
    /// Why a report stopped short, in words for the person who asked for it.
    public struct Failure: Error, Sendable, Equatable {
        public var message: String
    }

    /// Reads `store`'s whole log into each of `folds`; they are left as they were when
    /// reading fails.
    public static func fold(_ store: any EventStore, into folds: inout [PeriodReportFold]) throws(Failure) {
        let follower = store.follow(after: .empty)
        let latest = folds.map { $0.period.end }.max() ?? .distantFuture
        var undecodable: EventCodec.UndecodableBody?
        var decoded: [PeriodReportFold] = folds
        do throws(LogFailure) {
            try follower.poll { record in
                guard undecodable == nil else { return }
                let time = record.time
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
        folds = decoded
    }
}
