import Foundation
import HallDomain

/// The data folder's `pins.json`: each member's PIN hash by staff id, and nothing else. It
/// is kept out of the log (which anyone with read access can `jq`) and out of `staff.toml`
/// (which is copied from `seeds/`); 0640 like every hall file, replaced whole and synced.
public struct PinFile {
    public let url: URL

    public init(folder: DataFolder) {
        url = folder.url.appendingPathComponent("pins.json")
    }

    /// A PIN is four to eight ASCII digits: short enough to type at the door, and the
    /// slow hash and the lockout make up for the small space.
    public static func isWellFormed(_ pin: String) -> Bool {
        (4...8).contains(pin.count) && pin.allSatisfy { $0.isASCII && $0.isNumber }
    }

    public func hashes() throws(PinFailure) -> [String: PinHash] {
        guard let data = FileManager.default.contents(atPath: url.path) else { return [:] }
        do {
            return try JSONDecoder().decode([String: PinHash].self, from: data)
        } catch {
            throw .unreadable("内容不是有效的 PIN 记录")
        }
    }

    /// What the file says about `pin` for `member`; the domain decides what follows.
    public func check(_ pin: String, for member: String) throws(PinFailure) -> PinCheck {
        guard let stored = try hashes()[member] else { return .notSet }
        return try stored.matches(pin) ? .matches : .wrong
    }

    /// Stores `pin` for `member` as a fresh salted hash, replacing any earlier one.
    public func set(_ pin: String, for member: String) throws(PinFailure) {
        guard Self.isWellFormed(pin) else { throw .notAPin }
        var all = try hashes()
        all[member] = try PinHash.make(pin: pin)
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
