import Foundation
import Glibc

/// The folder one hall's data lives in:
///
/// ```
/// <data>/            0750
///   events.log       0640  the event log (none when store.toml names a database)
///   store.toml       0640  only for a log kept in a database (see StoreSettings)
///   snapshots/             derived state (see SnapshotStore)
///   quarantine/            torn tails cut from the log, kept for inspection
///   seeds/                 the catalog and calendars this hall started from
///   pin-secret       0600  the secret in every PIN hash (see PinSecret)
///   practice               only in a folder made for practice (see PracticeMarker)
/// ```
public struct DataFolder: Sendable {
    public let url: URL

    public init(url: URL) {
        self.url = url
    }

    public var logURL: URL { url.appendingPathComponent("events.log") }
    public var snapshotsURL: URL { url.appendingPathComponent("snapshots", isDirectory: true) }
    /// Where a writer of `logURL` puts torn tails (the `quarantine/` beside the log).
    public var quarantineURL: URL { Quarantine.folder(for: logURL) }
    public var seedsURL: URL { url.appendingPathComponent("seeds", isDirectory: true) }
    /// Whether this folder was made for practice, tests or simulation (see `PracticeMarker`).
    public var isPractice: Bool { PracticeMarker.isPresent(in: self) }

    /// Creates a data folder at `url` with an empty log and a copy of every `*.toml` under
    /// `seeds` (subfolders kept). Refuses, changing nothing, if `url` exists and is not an
    /// empty folder. The folder is built under a temporary name beside `url` and renamed
    /// into place, so a crash half-way leaves no half-made data folder at `url`. A
    /// `practice` folder gets its mark before the rename, so it never exists without it.
    /// A folder whose log is in a database gets its `store.toml` instead of a log file, so
    /// that nothing can write a second history beside the database's.
    @discardableResult
    public static func create(at url: URL, seeds: URL, practice: Bool = false, store: StoreSettings? = nil) throws(LogFailure) -> DataFolder {
        let target = url.standardizedFileURL
        try checkEmptyOrAbsent(target)
        guard FileManager.default.fileExists(atPath: seeds.path) else { throw LogFailure.missing(path: seeds.path) }
        let staging = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).creating-\(getpid())")
        let folder = DataFolder(url: staging)
        do throws(LogFailure) {
            try DurableFiles.makeFolder(staging)
            try DurableFiles.makeFolder(folder.snapshotsURL)
            try DurableFiles.makeFolder(folder.quarantineURL)
            try DurableFiles.makeFolder(folder.seedsURL)
            try copyTOML(from: seeds.standardizedFileURL, to: folder.seedsURL)
            if let store {
                try DurableFiles.createFile(StoreSettings.fileName, in: staging, contents: Array(store.fileText.utf8))
            } else {
                try EventLog.create(at: folder.logURL)
            }
            try PinSecret.create(in: staging)
            if practice { try PracticeMarker.write(in: folder) }
            guard rename(staging.path, target.path) == 0 else {
                // Another init (or someone) filled the folder since the check above.
                if errno == ENOTEMPTY || errno == EEXIST { throw LogFailure.folderNotEmpty(path: target.path) }
                throw LogFailure.from(errno: errno, operation: "rename", path: target.path)
            }
            try DurableFiles.syncFolder(target.deletingLastPathComponent())
        } catch {
            try? FileManager.default.removeItem(at: staging)
            throw error
        }
        return DataFolder(url: target)
    }

    private static func checkEmptyOrAbsent(_ url: URL) throws(LogFailure) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else { return }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? ["?"]
        guard isFolder.boolValue, entries.isEmpty else { throw LogFailure.folderNotEmpty(path: url.path) }
    }

    /// Copies `*.toml` files under `source` into `destination`, recreating subfolders.
    private static func copyTOML(from source: URL, to destination: URL) throws(LogFailure) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: source.path).sorted()
        } catch {
            throw LogFailure.permissionDenied
        }
        for name in names where !name.hasPrefix(".") {
            let from = source.appendingPathComponent(name)
            let to = destination.appendingPathComponent(name)
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: from.path, isDirectory: &isFolder)
            if isFolder.boolValue {
                try DurableFiles.makeFolder(to)
                try copyTOML(from: from, to: to)
            } else if name.hasSuffix(".toml") {
                let file = try OpenFile.open(from.path, flags: O_RDONLY)
                defer { file.close() }
                try DurableFiles.createFile(to, contents: try file.read(from: 0, to: try file.size()))
            }
        }
    }
}
