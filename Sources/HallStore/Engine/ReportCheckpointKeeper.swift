import Foundation
import HallDomain

/// A writer keeping the report checkpoints beside its log (`ReportCheckpoints`) as the hall
/// runs: once a month has begun, the report fold from the newest checkpoint to that month's
/// start is run and left there, so the first `report month` on any past month reads only
/// that month and the one before, though nobody asked for a report before.
///
/// Run off the key path, after an automatic snapshot is kept (`AutoSnapshot`); most runs
/// find the month's checkpoint there and read nothing. It reads as a report does (a
/// follower, no lock), and what it leaves is checked like any checkpoint before use.
public struct ReportCheckpointKeeper: Sendable {
    public let logURL: URL
    /// The hall's zone, in which months begin.
    public let zone: TimeZone

    public init(logURL: URL, zone: TimeZone) {
        self.logURL = logURL
        self.zone = zone
    }

    /// Leaves a checkpoint at every month start up to the one of `instant`'s month (the
    /// log's last record), unless that month already has one. A log that cannot be read or
    /// a folder that cannot be written is left as it is: reports then read further.
    public func keep(through instant: Date) {
        let checkpoints = ReportCheckpoints(besideLog: logURL)
        let day = LocalTime(instant, in: zone).day
        guard let month = CalendarDay(year: day.year, month: day.month, day: 1),
              !FileManager.default.fileExists(atPath: checkpoints.url(month).path) else { return }
        var none: [PeriodReportFold] = []
        try? ReportReader.fold(FileEventStore(readingFrom: logURL), into: &none, checkpoints: checkpoints, zone: zone)
    }
}
