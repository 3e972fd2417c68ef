import ArgumentParser
import Foundation
import HallDomain
import HallSession
import HallStore

/// `halldesk doctor`: looks the data folder over the way an operator would each morning
/// and says, in Chinese, what is wrong and the command that fixes it. Reads only.
struct DoctorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "体检数据目录：文件权限、文件类型与属主（符号链接）、磁盘空间、日志哈希链、快照、PIN、来年工作日历、打印机，并说明如何修复。",
        discussion: "只读，不改动任何文件。退出码：0 全部正常或只有警告；1 有问题须处理。"
    )

    @OptionGroup var dataOptions: DataOptions

    @Flag(help: "以 JSON 输出（每项：check、key、level、detail、fix）。")
    var json = false

    func run() throws {
        let folder = DataFolder(url: dataOptions.folder)
        if let missing = HallFiles.missingLog(folder) { throw missing }
        let findings = Self.examine(folder, now: try ScriptClock.now(in: Self.zone(folder), folder: folder))
        if json {
            print(DoctorJSON.render(findings))
        } else {
            print(DoctorText.render(findings, folder: folder.url.path))
        }
        if findings.contains(where: { $0.level == .problem }) { throw ExitCode.failure }
    }

    /// Every check, in the order an operator would fix them.
    static func examine(_ folder: DataFolder, now: Date) -> [DoctorFinding] {
        let hallTOML = folder.seedsURL.appendingPathComponent("hall.toml")
        let zone = zone(folder)
        let printer = Result { () throws(SeedError) in try SeedPrinter.load(hallTOML, dataFolder: folder.url) }
        let voice = Result { () throws(SeedError) in try SeedVoice.load(hallTOML, dataFolder: folder.url) }
        let notices = Result { () throws(SeedError) in try SeedNotices.load(folder.seedsURL.appendingPathComponent("notices.toml")) }
        let searchPath = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return [
            ModeCheck.run(folder: folder.url),
            FileKindCheck.run(folder: folder.url),
            DirectReaderCheck.run(folder: folder),
            DiskSpaceCheck.run(folder: folder),
            ChainCheck.run(LogVerifier.verify(url: folder.logURL), log: folder.logURL),
            SnapshotCheck.run(folder: folder),
            PinFileCheck.run(folder: folder),
            CalendarCheck.run(seeds: folder.seedsURL, today: LocalTime(now, in: zone).day, timeZone: zone),
            PrinterCheck.run(printer, searchPath: searchPath),
            VoiceCheck.run(voice, searchPath: searchPath),
            NoticeCheck.run(notices, outbox: Outbox(dataFolder: folder)),
        ]
    }

    /// The hall's zone for "this year"; the machine's when hall.toml cannot be read (the
    /// calendar check then names that problem).
    private static func zone(_ folder: DataFolder) -> TimeZone {
        (try? SeedHall.load(folder.seedsURL.appendingPathComponent("hall.toml")).zone) ?? TimeZone.current
    }
}
