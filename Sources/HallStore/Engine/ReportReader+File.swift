import Foundation
import HallDomain

extension ReportReader {
    /// Reads the log file at `logURL` into each of `folds`, as a reader (no lock, no repair),
    /// from the report checkpoints beside it (`ReportCheckpoints`), leaving new ones there
    /// when the folder can be written.
    public static func fold(_ logURL: URL, into folds: inout [PeriodReportFold]) throws(Failure) {
        try fold(FileEventStore(readingFrom: logURL), into: &folds, checkpoints: ReportCheckpoints(besideLog: logURL))
    }
}
