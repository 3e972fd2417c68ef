import Foundation
import HallDomain

extension ReportReader {
    /// Reads the log file at `logURL` into each of `folds`, as a reader (no lock, no repair).
    public static func fold(_ logURL: URL, into folds: inout [PeriodReportFold]) throws(Failure) {
        try fold(FileEventStore(readingFrom: logURL), into: &folds)
    }
}
