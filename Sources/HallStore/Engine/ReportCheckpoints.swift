import Foundation
import Glibc
import HallDomain

/// Report-fold checkpoints kept beside the log (`index/reports/<day>.json`): what a report
/// fold knew before each month it was asked about (`PeriodReportFold.Carry`), and the head of
/// the last record it had read. A month's report then reads its month (and the month before,
/// for the change per category), not the years before it.
///
/// Readers write them, the first time a month is asked for, as a by-product of reading;
/// a folder they may not write (a read-only copy) just keeps reading the whole log. A
/// checkpoint is used only when the log still holds its head — that record, with that
/// sequence number and hash, at that offset — so a checkpoint from another log or a
/// rewritten one, or one whose head was edited, is passed over for an older one or a full
/// read. One written before more records were appended stays good: the log only grows.
struct ReportCheckpoints {
    let folder: URL

    init(besideLog logURL: URL) {
        folder = logURL.deletingLastPathComponent().appendingPathComponent("index", isDirectory: true)
            .appendingPathComponent("reports", isDirectory: true)
    }

    /// The days that have a checkpoint, newest first.
    func days() -> [CalendarDay] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.compactMap { name in
            name.hasSuffix(".json") ? CalendarDay(String(name.dropLast(5))) : nil
        }.sorted(by: >)
    }

    /// The checkpoint for `day`; nil when it is missing, not a plain file of the folder's
    /// owner (a link someone put there), or does not read.
    func load(_ day: CalendarDay) -> ReportCheckpoint? {
        guard let file = try? OpenFile.openTrusted(url(day).path, flags: O_RDONLY) else { return nil }
        defer { file.close() }
        guard let size = try? file.size(), let bytes = try? file.read(from: 0, to: size) else { return nil }
        return try? JSONDecoder().decode(ReportCheckpoint.self, from: Data(bytes))
    }

    /// Writes `checkpoint` for `day` atomically; a folder that cannot be written is left as it is.
    func save(_ checkpoint: ReportCheckpoint, for day: CalendarDay) {
        guard let data = try? JSONEncoder().encode(checkpoint) else { return }
        do throws(LogFailure) {
            try DurableFiles.makeFolder(folder.deletingLastPathComponent())
            try DurableFiles.makeFolder(folder)
            try DurableFiles.replaceFile(url(day), contents: [UInt8](data))
        } catch {
            return
        }
    }

    private func url(_ day: CalendarDay) -> URL { folder.appendingPathComponent("\(day).json") }
}

/// One report-fold checkpoint: the fold's carry, and the head of the last record it read.
struct ReportCheckpoint: Codable {
    let head: LogHead
    let carry: PeriodReportFold.Carry
}
