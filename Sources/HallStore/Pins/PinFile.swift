import Foundation
import Glibc
import HallDomain

/// The data folder's `pins.json`: each member's PIN hash by staff id, and nothing else. It
/// is kept out of the log (which anyone with read access can `jq`) and out of `staff.toml`
/// (which is copied from `seeds/`); 0640 like every hall file, replaced whole and synced.
/// The hashes are bound to their member and to the folder's secret (see `PinHash`).
public struct PinFile {
    public let url: URL
    private let folder: URL

    public init(folder: DataFolder) {
        self.folder = folder.url
        url = folder.url.appendingPathComponent("pins.json")
    }

    /// How many digits a PIN has: at least six, so that even with the secret in hand a
    /// guess costs a million slow hashes; at most eight, to type at the door.
    public static let digits = 6...8

    /// Serialises changes to `pins.json`: a `flock` on this file, which is never replaced
    /// (unlike `pins.json`, which a rename swaps for a new inode with each change).
    private var lockURL: URL { folder.appendingPathComponent("pins.lock") }

    public static func isWellFormed(_ pin: String) -> Bool {
        digits.contains(pin.count) && pin.allSatisfy { $0.isASCII && $0.isNumber }
    }

    public func hashes() throws(PinFailure) -> [String: PinHash] {
        let bytes: [UInt8]
        do throws(LogFailure) {
            let file = try OpenFile.openTrusted(url.path, flags: O_RDONLY)
            defer { file.close() }
            bytes = try file.read(from: 0, to: try file.size())
        } catch .missing {
            return [:]
        } catch {
            throw .unreadable(error.message)
        }
        do {
            return try JSONDecoder().decode([String: PinHash].self, from: Data(bytes))
        } catch {
            throw .unreadable("内容不是有效的 PIN 记录")
        }
    }

    /// What the file says about `pin` for `member`; the domain decides what follows. An
    /// entry made before PINs were bound to their member and the secret is `.outdated`
    /// whatever was typed.
    public func check(_ pin: String, for member: String) throws(PinFailure) -> PinCheck {
        guard let stored = try hashes()[member] else { return .notSet }
        guard stored.isCurrent else { return .outdated }
        return try stored.matches(pin, member: member, secret: PinSecret.read(in: folder)) ? .matches : .wrong
    }

    /// Stores `pin` for `member` as a fresh hash, replacing any earlier one. The slow hash
    /// is made first; reading, changing and replacing the file happen under the lock, so
    /// two members setting their PINs at the same instant both keep theirs.
    public func set(_ pin: String, for member: String) throws(PinFailure) {
        guard Self.isWellFormed(pin) else { throw .notAPin }
        let hash = try PinHash.make(pin: pin, member: member, secret: PinSecret.readOrCreate(in: folder))
        let lock: OpenFile
        do throws(LogFailure) {
            lock = try OpenFile.openTrusted(lockURL.path, flags: O_RDWR | O_CREAT, mode: DurableFiles.fileMode)
            try lock.lockExclusive()
        } catch {
            throw .file(error)
        }
        defer {
            lock.unlock()
            lock.close()
        }
        var all = try hashes()
        all[member] = hash
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        do {
            try DurableFiles.replaceFile(url, contents: Array(try encoder.encode(all)))
        } catch let failure as LogFailure {
            throw .file(failure)
        } catch {
            throw .unreadable("\(error)")
        }
    }
}
