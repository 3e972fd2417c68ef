import Foundation

/// Reads seeds/notices.toml (see `NoticeConfig`); nil when the hall has none or names no
/// `sender`: the seeds ship without one, so a new hall sends nothing until it names its
/// gateway, and `doctor` does not warn every hall about a gateway it does not have.
public enum SeedNotices {
    private struct File: Decodable {
        var people_ahead: Int?
        var sender: String?
        var attempts: Int?
    }

    public static func load(_ url: URL) throws(SeedError) -> NoticeConfig? {
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        let file = try SeedTOML.decode(File.self, from: url)
        guard let sender = file.sender else { return nil }
        let name = url.lastPathComponent
        let peopleAhead = file.people_ahead ?? 3
        guard (1...20).contains(peopleAhead) else {
            throw SeedError(file: name, problem: "people_ahead 应为 1 到 20（前面还剩几人时提醒客户），缺省 3")
        }
        let words = sender.split(whereSeparator: \.isWhitespace).map(String.init)
        guard let program = words.first, program.hasPrefix("/"),
              words.contains(where: { $0.contains("{phone}") }), words.contains(where: { $0.contains("{file}") }) else {
            throw SeedError(file: name, problem: "sender 应为短信网关命令的绝对路径，参数中要有 {phone} 和 {file}，例如 sender = \"/usr/local/bin/sms-send {phone} {file}\"")
        }
        let attempts = file.attempts ?? 3
        guard (1...10).contains(attempts) else {
            throw SeedError(file: name, problem: "attempts 应为 1 到 10（每条提醒最多交给网关几次），缺省 3")
        }
        return NoticeConfig(peopleAhead: peopleAhead, sender: words, attempts: attempts)
    }
}
