import ArgumentParser
import Foundation
import HallDomain
import HallPostgres
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
        let now = try ScriptClock.now(in: Self.zone(folder), folder: folder)
        let settings: StoreSettings?
        do {
            settings = try StoreSettings.load(folder)
        } catch {
            throw fail(error.description)
        }
        let findings = try settings.map { try Self.examine(folder, database: $0, now: now) } ?? Self.examine(folder, now: now)
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

    /// The checks of a folder whose log is the hall `settings` names in PostgreSQL: the
    /// database's own (connection, schema, grants, lag) and the chain read from it, instead
    /// of the log file's disk, readers and snapshot files; the folder's other checks as ever.
    static func examine(_ folder: DataFolder, database settings: StoreSettings, now: Date) throws -> [DoctorFinding] {
        let endpoint = try PostgresAddress.endpoint(settings.url)
        let place = "数据库 \(PostgresAddress.shown(endpoint)) 中的营业厅 \(settings.hall)"
        let server = PostgresDoctor.run(endpoint: endpoint, hall: settings.hall, place: place)
        var chain: [DoctorFinding] = []
        if server.allSatisfy({ $0.level != .problem }) {
            let store = PostgresEventStore(endpoint: endpoint, hall: settings.hall, timeZone: .current)
            defer { store.close() }
            chain = [ChainCheck.run(LogVerifier.verify(store: store), log: folder.logURL)]
        }
        let kept: Set<String> = ["modes", "file-kinds", "pins", "calendar", "printer", "voice", "notices"]
        return server + chain + examine(folder, now: now).filter { kept.contains($0.key) }
    }

    /// The hall's zone for "this year"; the machine's when hall.toml cannot be read (the
    /// calendar check then names that problem).
    private static func zone(_ folder: DataFolder) -> TimeZone {
        (try? SeedHall.load(folder.seedsURL.appendingPathComponent("hall.toml")).zone) ?? TimeZone.current
    }
}
