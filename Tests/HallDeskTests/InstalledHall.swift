import Foundation
import Glibc
import XCTest

/// A hall installed the way SECURITY.md deploys one, for tests that act as the hall's other
/// Unix users rather than as root:
///
/// - a group for the hall (`hdtest-hall`), a service account in it (`hdtest-svc`) and a
///   login per roster role the tests play, plus one login that is on no roster
///   (`hdtest-stranger`); made with `groupadd`/`useradd` once and reused, so running the
///   tests again changes nothing;
/// - the built `halldesk` copied into a temporary install folder, owned by the service
///   account with mode 4755 (setuid), as `install -o halldesk -m 4755` does;
/// - a data folder made by the service account through that binary (`init`), so it is
///   0750 and its files 0640, owned by the service account and its own group (`hdtest-data`),
///   which none of the logins is in;
/// - the folder's `seeds/staff.toml` mapping the roster's G01, C01, M01 and K01 to the
///   test logins (A01 stays root, as the seeds have it).
///
/// `run(as:)` runs the installed binary as a login through `setpriv` with no controlling
/// terminal (a pipe or a script); `runOnTerminal(as:)` runs a shell command line as a login
/// inside `script`, which gives it its own pty and login session, as an SSH login would.
/// Needs root (to make users and to `setpriv`); skipped with a message otherwise.
struct InstalledHall {
    static let group = "hdtest-hall"
    /// The data folder's group: the service account's own, with none of the logins in it,
    /// so they reach the data only through the setuid binary (see `DirectReaderCheck`).
    static let dataGroup = "hdtest-data"
    static let service = "hdtest-svc"
    /// Test logins by the roster member they are mapped to.
    static let logins = ["G01": "hdtest-guide", "C01": "hdtest-clerk", "M01": "hdtest-manager", "K01": "hdtest-coord"]
    /// A login in the hall's group that the roster does not know.
    static let stranger = "hdtest-stranger"

    /// The temporary folder holding the install, the seeds and the halls.
    let root: URL
    /// The installed, setuid `halldesk`.
    let binary: URL
    /// The hall's data folder.
    let data: URL

    /// Installs a hall for `test` (removed at its teardown); `practice` makes its data
    /// folder with `init --practice`.
    static func make(_ test: XCTestCase, practice: Bool = false) throws -> InstalledHall {
        guard getuid() == 0 else {
            throw XCTSkip("这些测试以其他 Unix 用户身份运行 setuid 安装的 halldesk，须以 root 运行（要建用户、用 setpriv）。")
        }
        try makeAccounts()
        let root = URL(fileURLWithPath: "/tmp/halldesk-installed-\(getpid())-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o755])
        test.addTeardownBlock { try? FileManager.default.removeItem(at: root) }
        let install = root.appendingPathComponent("install"), halls = root.appendingPathComponent("halls")
        for folder in [install, halls] {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o755])
            try mustRun("/usr/bin/chown", ["\(service):\(group)", folder.path])
        }
        let binary = install.appendingPathComponent("halldesk")
        try mustRun("/usr/bin/install", ["-o", service, "-g", group, "-m", "4755", try builtHalldesk().path, binary.path])
        let seeds = root.appendingPathComponent("seeds")
        try FileManager.default.copyItem(at: Checkout.seeds, to: seeds)
        try mustRun("/usr/bin/chmod", ["-R", "a+rX", seeds.path])
        let hall = InstalledHall(root: root, binary: binary, data: halls.appendingPathComponent("hall"))
        let made = try hall.runAsService(["init", "--data", hall.data.path, "--seeds", seeds.path] + (practice ? ["--practice"] : []))
        XCTAssertEqual(made.status, 0, made.errors)
        try hall.mapRoster()
        return hall
    }

    /// The group, the service account and the logins, each made only if missing.
    private static func makeAccounts() throws {
        for name in [group, dataGroup] { try TestAccounts.group(name) }
        try TestAccounts.login(service, group: group, service: true)
        for login in Array(logins.values) + [stranger] { try TestAccounts.login(login, group: group) }
    }

    /// Points the roster's members at the test logins, in place (owner and mode kept).
    private func mapRoster() throws {
        let url = data.appendingPathComponent("seeds/staff.toml")
        var roster = try String(contentsOf: url, encoding: .utf8)
        for (member, login) in Self.logins {
            guard let entry = roster.range(of: "id = \"\(member)\""),
                  let field = roster.range(of: #"login = "[^"]*""#, options: .regularExpression, range: entry.upperBound..<roster.endIndex) else {
                XCTFail("no login for \(member) in staff.toml")
                continue
            }
            roster.replaceSubrange(field, with: "login = \"\(login)\"")
        }
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: 0)
        try handle.write(contentsOf: Data(roster.utf8))
        try handle.close()
    }

    /// The installed binary run as the service account (what `init` on a real machine is).
    func runAsService(_ arguments: [String]) throws -> (status: Int32, output: String, errors: String) {
        try runCapturing(URL(fileURLWithPath: "/usr/bin/setpriv"),
                         ["--reuid=\(Self.service)", "--regid=\(Self.dataGroup)", "--clear-groups", binary.path] + arguments)
    }

    /// The installed binary run as `login` (root: as root) with `arguments` and `--data`,
    /// with no controlling terminal, `environment` added and `input` on standard input.
    func run(as login: String, _ arguments: [String], environment: [String: String] = [:],
             input: String? = nil) throws -> (status: Int32, output: String, errors: String) {
        try runCapturing(URL(fileURLWithPath: "/usr/bin/setsid"),
                         ["-w", "/usr/bin/setpriv", "--reuid=\(login)", "--regid=\(Self.group)", "--clear-groups", binary.path]
                            + arguments + ["--data", data.path],
                         environment: environment, input: input)
    }

    /// Runs `commands` (each the binary's arguments; `--data` is added) one after another
    /// as `login` in one new login session on its own pty (`script`), the way a person at a
    /// terminal would. When `answer` is given, it is typed once `prompt` shows. Returns the
    /// exit status of `script` (the last command's) and everything the terminal showed.
    func runOnTerminal(as login: String, _ commands: [[String]], environment: [String: String] = [:],
                       prompt: String = "PIN：", answer: String? = nil) throws -> (status: Int32, screen: String) {
        let line = commands.map { ([binary.path] + $0 + ["--data", data.path]).map(Self.shellQuoted).joined(separator: " ") }
            .joined(separator: "; ")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
        process.arguments = ["--reuid=\(login)", "--regid=\(Self.group)", "--clear-groups",
                             "/usr/bin/script", "-qefc", line, "/dev/null"]
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let output = Pipe(), input = Pipe()
        process.standardOutput = output
        process.standardError = output
        process.standardInput = input
        let screen = Screen()
        output.fileHandleForReading.readabilityHandler = { handle in screen.add(handle.availableData) }
        try process.run()
        if let answer {
            // getpass discards what was typed before it turned echo off: wait for its prompt.
            let deadline = Date().addingTimeInterval(30)
            while !screen.text.contains(prompt), Date() < deadline, process.isRunning { usleep(20_000) }
            // The command may have ended without asking (refused first): then nobody reads.
            signal(SIGPIPE, SIG_IGN)
            try? input.fileHandleForWriting.write(contentsOf: Data((answer + "\n").utf8))
        }
        process.waitUntilExit()
        try? input.fileHandleForWriting.close()
        output.fileHandleForReading.readabilityHandler = nil
        screen.add(output.fileHandleForReading.readDataToEndOfFile())
        return (process.terminationStatus, screen.text)
    }

    private static func shellQuoted(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: #"'\''"#) + "'"
    }

    /// The log's records, as JSON objects.
    func records() throws -> [[String: Any]] {
        let text = try String(contentsOf: data.appendingPathComponent("events.log"), encoding: .utf8)
        return try text.split(separator: "\n").compactMap { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
    }

    /// `log verify` by root: whether the whole chain checks.
    func verifies() throws -> Bool {
        try runCapturing(binary, ["log", "verify", "--data", data.path]).status == 0
    }
}

/// What a terminal showed, collected from a reader thread.
private final class Screen: @unchecked Sendable {
    private let lock = NSLock()
    private var bytes = Data()

    func add(_ data: Data) {
        lock.lock()
        bytes.append(data)
        lock.unlock()
    }

    var text: String {
        lock.lock()
        defer { lock.unlock() }
        return String(decoding: bytes, as: UTF8.self)
    }
}
