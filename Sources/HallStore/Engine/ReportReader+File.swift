import Foundation
import HallDomain

extension ReportReader {
    /// Reads the log file at `logURL` into each of `folds`, as a reader (no lock, no repair),
    /// from the report checkpoints beside it (`ReportCheckpoints`), leaving new ones there
    /// when the folder can be written.
    public static func fold(_ logURL: URL, into folds: inout [PeriodReportFold]) throws(Failure) {
        try fold(FileEventStore(readingFrom: logURL), into: &folds, checkpoints: ReportCheckpoints(besideLog: logURL))
    }

    /// Reads `store`'s log into each of `folds`, from the report checkpoints kept in `folder`
    /// (its `index/`), whether the log is the folder's file or a database's.
    public static func fold(_ store: any EventStore, into folds: inout [PeriodReportFold], checkpointsIn folder: DataFolder) throws(Failure) {
        try fold(store, into: &folds, checkpoints: ReportCheckpoints(besideLog: folder.logURL))
    }
}
