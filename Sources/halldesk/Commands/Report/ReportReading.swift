import Foundation
import HallDomain
import HallStore

/// Reads the log once for a report: each record that can change a figure is decoded and
/// handed to every fold (the period's and the one before it), then dropped.
///
/// Reads through `LogFollower`, the readers' path: no lock, never a repair, so a report
/// can run on a copy of the folder or while the hall is open. A record the report does not
/// read (counter opened, pushes, notes…) or one from after the period is never decoded.
enum ReportReading {
    /// The event types a report reads; every other record is only counted.
    static let types: Set<String> = [
        DoorEnquiryAnswered.type, VisitTurnedAway.type, SlipIssued.type, SlipCalled.type, SlipMarkedNoShow.type,
        SlipReinstated.type, SlipTransferred.type, ServiceStarted.type, ServiceFinished.type,
        WorkOrderReceived.type, WorkOrderDispatched.type, WorkOrderRecalled.type, WorkOrderReturnRequested.type,
        WorkOrderReturnConfirmed.type, WorkOrderContacted.type, WorkOrderReplied.type, WorkOrderReviewed.type,
        WorkOrderFollowedUp.type, ResponsibilityRuled.type, WorkOrderClosed.type, WorkOrdersLinked.type,
        ImprovementCaseOpened.type, ImprovementCaseOrdersAdded.type, ImprovementProgressRecorded.type, ImprovementCaseDone.type,
        CaseSuggestionDismissed.type,
    ]

    static func fold(_ logURL: URL, into folds: inout [PeriodReportFold]) throws {
        let follower = LogFollower(url: logURL)
        let latest = folds.map { $0.period.end }.max() ?? .distantFuture
        while true {
            let records: [LogRecord]
            do {
                records = try follower.poll()
            } catch {
                throw fail(error.message + " 报表只统计到此之前的记录；请运行 halldesk log verify。")
            }
            guard !records.isEmpty else { return }
            for record in records {
                let time = record.time
                let event: Event
                if types.contains(record.type), time < latest {
                    do {
                        event = try EventCodec.decode(type: record.type, version: record.version, body: record.body)
                    } catch {
                        throw fail("第 \(record.seq) 条记录（\(error.type) v\(error.version)）的内容无法解读。请运行 halldesk log verify 并联系管理员。")
                    }
                } else {
                    event = .unrecognised(type: record.type, version: record.version)
                }
                let recorded = RecordedEvent(seq: record.seq, timestamp: record.timestamp, time: time, actor: record.actor,
                                             terminal: record.terminal, event: event)
                for index in folds.indices { folds[index].add(recorded) }
            }
        }
    }
}
