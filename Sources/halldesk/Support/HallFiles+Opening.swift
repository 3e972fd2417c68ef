import ArgumentParser
import Foundation
import HallSession
import HallStore

/// Opening a hall's data folder for a command (`--data`), with the message and exit code
/// a missing log or a bad seed ends the command with.
extension HallFiles {
    /// Opens an existing data folder; a missing one is an error with the command to make it.
    static func open(_ options: DataOptions) throws -> HallFiles {
        let folder = DataFolder(url: options.folder)
        if let missing = missingLog(folder) { throw missing }
        return try load(folder)
    }

    /// When `folder` has no event log (neither `events.log` nor a `store.toml` naming one): for a folder that is not there (or empty), the command
    /// that makes a new hall (exit 1); for a data folder whose log is gone, that it was moved
    /// or deleted and must be put back, never `init`, which would start a second history
    /// (exit 3, the log cannot be written). Anything at the log's name, a link included,
    /// counts as there: opening it says what it is.
    static func missingLog(_ folder: DataFolder) -> ExitCode? {
        var info = stat()
        guard lstat(folder.logURL.path, &info) != 0, lstat(folder.storeSettingsURL.path, &info) != 0 else { return nil }
        guard FileManager.default.fileExists(atPath: folder.url.path) else {
            return fail("数据目录 \(folder.url.path) 不存在，什么也没有建立（路径写错了吗？请核对 --data 或 $HALLDESK_DATA）。"
                        + "新营业厅请先运行：halldesk init --data \(folder.url.path)")
        }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder.url.path)) ?? []
        guard !entries.isEmpty else {
            return fail("数据目录 \(folder.url.path) 里没有事件日志。新营业厅请先运行：halldesk init --data \(folder.url.path)")
        }
        warn("数据目录 \(folder.url.path) 还在，但事件日志 \(folder.logURL.path) 不见了（被移走、改名或删除）。什么也没有写。"
             + "请把原来的 events.log 放回原处（或从备份恢复）；不要重新 init，那会另起一份历史。")
        return ExitCode(3)
    }

    /// Opens the data folder, creating the default `./halldesk-data` from the seeds first
    /// when it does not exist yet (the console's first run on a new machine). A folder named
    /// with `--data` or `$HALLDESK_DATA` must exist: it is refused with the `init` hint.
    static func openOrCreate(_ options: DataOptions) throws -> HallFiles {
        let folder = DataFolder(url: options.folder)
        if options.named == nil, !FileManager.default.fileExists(atPath: folder.url.path) {
            try InitCommand.create(folder.url, seeds: nil, practice: false)
        }
        return try open(options)
    }

    /// Opens a folder known to hold a log (the demo's, just made), without the check and
    /// the advice for a missing one. A folder with a `store.toml` gets the database it
    /// names as its store, once the server has answered (see `PostgresAddress.choice`).
    static func load(_ folder: DataFolder) throws -> HallFiles {
        var files: HallFiles
        let settings: StoreSettings?
        do {
            files = try HallFiles(folder: folder)
            settings = try StoreSettings.load(folder)
        } catch {
            throw fail(error.description)
        }
        if let settings { files.store = try PostgresAddress.choice(settings, zone: files.timeZone) }
        return files
    }
}
