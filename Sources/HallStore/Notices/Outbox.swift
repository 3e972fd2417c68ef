import Foundation
import Glibc

/// The outbound spool in the data folder: `outbox/` holds each message not yet taken by
/// the sender as a file of its text, `outbox/sent/` those delivered, `outbox/failed/`
/// those given up after the retry limit. Files are written whole (temp, fsync, rename)
/// and are 0640 like all hall data: a message names a slip, not a phone, but it is still
/// the hall's and nobody else's.
public struct Outbox: Sendable {
    public let url: URL
    public var sentURL: URL { url.appendingPathComponent("sent", isDirectory: true) }
    public var failedURL: URL { url.appendingPathComponent("failed", isDirectory: true) }

    public init(dataFolder: DataFolder) {
        url = dataFolder.url.appendingPathComponent("outbox", isDirectory: true)
    }

    /// Makes the spool's folders (0750) if they are not there yet.
    public func prepare() throws(LogFailure) {
        try DurableFiles.makeFolder(url)
        try DurableFiles.makeFolder(sentURL)
        try DurableFiles.makeFolder(failedURL)
    }

    /// The file a notice is spooled as: its business day and id, so days never collide.
    public func fileName(businessDay: String, notice: String) -> String {
        "\(businessDay)_\(notice).txt"
    }

    public func pendingPath(_ name: String) -> String { url.appendingPathComponent(name).path }

    public func isPending(_ name: String) -> Bool { FileManager.default.fileExists(atPath: pendingPath(name)) }

    /// Whether the notice's file was ever written: waiting, sent or given up.
    public func isSpooled(_ name: String) -> Bool {
        [url, sentURL, failedURL].contains { FileManager.default.fileExists(atPath: $0.appendingPathComponent(name).path) }
    }

    /// Writes the message's text as a new pending file, whole or not at all.
    public func spool(_ name: String, text: String) throws(LogFailure) {
        try DurableFiles.replaceFile(url.appendingPathComponent(name), contents: Array((text + "\n").utf8))
    }

    /// Moves a pending file to `sent/` (delivered) or `failed/` (given up), durably.
    public func settle(_ name: String, delivered: Bool) throws(LogFailure) {
        let target = delivered ? sentURL : failedURL
        let from = pendingPath(name)
        guard rename(from, target.appendingPathComponent(name).path) == 0 else {
            throw LogFailure.from(errno: errno, operation: "rename", path: from)
        }
        try DurableFiles.syncFolder(target)
        try DurableFiles.syncFolder(url)
    }

    /// Holds the spool for one pass, so two notifiers on one folder never hand the same
    /// file to the sender at once. Released when the returned lock is closed.
    public func lock() throws(LogFailure) -> OutboxLock {
        let file = try OpenFile.openTrusted(url.appendingPathComponent(".lock").path, flags: O_RDWR | O_CREAT)
        do throws(LogFailure) {
            try file.lockExclusive()
        } catch {
            file.close()
            throw error
        }
        return OutboxLock(file: file)
    }
}

/// The spool's lock for one pass; `release()` unlocks it.
public struct OutboxLock {
    let file: OpenFile

    public func release() {
        file.unlock()
        file.close()
    }
}
