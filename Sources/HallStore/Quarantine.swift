import Foundation

/// Where a torn tail's bytes go before a writer cuts the log back: the `quarantine/`
/// folder beside the log. Nothing is ever silently dropped; an operator can inspect the
/// file, and the log's `logRepaired` record names it.
enum Quarantine {
    /// The folder for `logURL`'s quarantine files.
    static func folder(for logURL: URL) -> URL {
        logURL.deletingLastPathComponent().appendingPathComponent("quarantine", isDirectory: true)
    }

    /// Stores `bytes` (cut from `offset` of the log) durably in
    /// `quarantine/<UTC time>-<offset>.bin` and returns that path relative to the log's folder.
    /// The folder must be a real folder of the data folder's owner (`OpenFile.openTrusted`):
    /// a symbolic link there would make the writer put the log's bytes wherever it points.
    static func keep(_ bytes: [UInt8], from offset: UInt64, logURL: URL, at date: Date) throws(LogFailure) -> String {
        let folder = folder(for: logURL)
        try DurableFiles.makeFolder(folder)
        let name = "\(compactUTC(date))-\(offset).bin"
        try DurableFiles.createFile(name, in: folder, contents: bytes)
        return "quarantine/\(name)"
    }

    /// `20261123T013000.123Z`: sortable, and free of characters that trouble shells.
    private static func compactUTC(_ date: Date) -> String {
        let text = LogTimestamp.format(date, in: TimeZone(identifier: "UTC")!)
        return text.prefix(23).filter { $0 != "-" && $0 != ":" } + "Z"
    }
}
