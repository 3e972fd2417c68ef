import Foundation
import Glibc
import HallDomain

/// Report-fold checkpoints kept beside the log (`index/reports/<day>.bin`): what a report
/// fold knew before each month start (`PeriodReportFold.Carry`), and the head of the last
/// record it had read. A month's report then reads its month (and the month before, for
/// the change per category), not the years before it.
///
/// Every report read leaves one at each month start it reads past, and a writer's
/// automatic snapshot keeps them as months begin (`ReportCheckpointKeeper`), so a month is
/// read from its checkpoint even the first time it is asked for; a folder that may not be
/// written (a read-only copy) just keeps reading the whole log. They are stored in the
/// snapshots' binary form (`BinaryEncoder`): no text to parse, and a reader steps over
/// what it does not ask for. A
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
            name.hasSuffix(".bin") ? CalendarDay(String(name.dropLast(4))) : nil
        }.sorted(by: >)
    }

    /// The checkpoint for `day`; nil when it is missing, not a plain file of the folder's
    /// owner (a link someone put there), or does not read.
    func load(_ day: CalendarDay) -> ReportCheckpoint? {
        guard let file = try? OpenFile.openTrusted(url(day).path, flags: O_RDONLY) else { return nil }
        defer { file.close() }
        guard let size = try? file.size(), let bytes = try? file.read(from: 0, to: size) else { return nil }
        return try? BinaryDecoder().decode(ReportCheckpoint.self, from: bytes)
    }

    /// Writes `checkpoint` for `day` atomically; a folder that cannot be written is left as it is.
    func save(_ checkpoint: ReportCheckpoint, for day: CalendarDay) {
        guard let bytes = try? BinaryEncoder().encode(checkpoint) else { return }
        do throws(LogFailure) {
            try DurableFiles.makeFolder(folder.deletingLastPathComponent())
            try DurableFiles.makeFolder(folder)
            try DurableFiles.replaceFile(url(day), contents: bytes)
        } catch {
            return
        }
    }

    func url(_ day: CalendarDay) -> URL { folder.appendingPathComponent("\(day).bin") }
}

/// One report-fold checkpoint: the fold's carry, and the head of the last record it read.
struct ReportCheckpoint: Codable {
    let head: LogHead
    let carry: PeriodReportFold.Carry
}
