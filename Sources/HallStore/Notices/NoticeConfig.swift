import Foundation

/// seeds/notices.toml: when customers are told, and the bureau's SMS gateway command that
/// takes each message (the contract is in docs/notices.md).
public struct NoticeConfig: Sendable, Equatable {
    /// 前面还有N人: a consenting customer is told once this many (or fewer) wait ahead.
    public var peopleAhead: Int
    /// The sender command, one argument per word, `{phone}` and `{file}` replaced; no shell.
    public var sender: [String]
    /// Hand-overs tried per notice before its file is moved to outbox/failed.
    public var attempts: Int

    public init(peopleAhead: Int, sender: [String], attempts: Int) {
        self.peopleAhead = peopleAhead
        self.sender = sender
        self.attempts = attempts
    }

    /// The sender's arguments for one message: `{phone}` and `{file}` replaced in each word.
    public func senderWords(phone: String, file: String) -> [String] {
        sender.map { $0.replacingOccurrences(of: "{phone}", with: phone).replacingOccurrences(of: "{file}", with: file) }
    }
}
