import Foundation
import Glibc

/// docs/benchmarks.md: the figures of this run, the machine they were measured on, and how
/// to measure them again. Written only by a full run, so the page never mixes two runs.
func writeReport(_ figures: Figures, loadAtStart: String, to url: URL) throws {
    let machine = Machine.current()
    var text = """
        # Benchmarks

        Measured by `hallbench` (bench/) on \(machine.date). Every figure is printed by the program as
        `name value unit`; this page is written by the same run. Times are medians (p50) of repeated runs
        or of many single operations, p99 where a tail matters; ratios are ratios of medians.

        ## Reproduce

            swift build -c release && .build/release/hallbench

        Run it from the package folder (it reads `seeds/`); it runs the `halldesk` and `logstress` built beside
        it, `jq` (Debian's) and PostgreSQL 15 (Debian's `postgresql-15`, as `.ci/run` installs it). It takes about
        ten minutes and about 2 GB of free space under the temp folder; `hallbench append`, `replay`, `follow`,
        `postgres`, `frames` or `million [COUNT]` run one part and print without rewriting this page.

        ## Machine

        - CPU: \(machine.cpu), `nproc` = \(machine.cores)
        - memory: \(machine.memory)
        - temp folder: `\(machine.tempFolder)` on \(machine.disk)
        - kernel: \(machine.kernel)
        - load average (1, 5, 15 min) at the start: \(loadAtStart); at the end: \(currentLoad()). On 2 cores anything
          above about 1 means other work shared the machine, which widens the p99s most.

        ## Figures

        A figure with a goal (issue 16) says whether this run met it; the others are there to
        compare with (the floor, a peer such as SQLite or jq, or the figure before a cache).

        | figure | value | unit | goal | met | what was measured |
        |---|---:|---|---|---|---|

        """
    for figure in figures.all {
        text += "| `\(figure.name)` | \(format(figure.value, figure.digits)) | \(figure.unit) | \(figure.goal?.text(figure.unit) ?? "") "
            + "| \(figure.verdict) | \(figure.meaning) |\n"
    }
    text += """

        ## How the data is made

        Every event comes from `HallHistory` (bench/HallHistory.swift): days of the hall in `seeds/`
        decided through `decide` and folded with `evolve`, encoded with `EventCodec.encode`, exactly as
        the terminals write them: slips issued, called, started and finished; door answers and turn-aways;
        counters opened and closed; work orders received and dispatched (they stay open, so the state
        grows with the log). The draws are seeded, so every run builds the same history.

        Durable appends take turns in five rounds (EventLog, then the raw loop with the bytes the log
        wrote, then SQLite with the same records), so a slow patch of the disk falls on all three.
        The PostgreSQL figures (`append_postgres_*`, `writers8_*`, `bureau_*`) come from a throwaway
        PostgreSQL 15 server the run starts itself (the tests' `PostgresCluster`: `initdb` in a temporary
        folder, a Unix socket only, `max_connections` raised to 200) with the durable defaults kept:
        `synchronous_commit` and `fsync` on, as the run prints them from the server. `append_postgres_*`
        appends the same thousand records as the EventLog and SQLite figures, one per transaction.
        `writers8_*` counts acknowledged records per second over eight seconds with eight writer processes
        on one hall (`logstress append`, as the durability suite runs them), one file log, and one SQLite
        file. The bureau load is twelve halls at once at the busiest hour of the seeds' busiest hall
        (`seeds/scenarios/peak-busiest.toml` played by the simulator with the guide on; one command's events
        make one append), each hall written by one connection at random moments at that hour's mean rate,
        for 60 seconds, while a hundred followers in four processes (eight or nine per hall, one connection
        each, polled as a console polls: then a 100 ms wait) note the moment each record reaches them. A
        board time runs from the moment an append returned (committed) to the moment the last follower of
        its hall had it; the console's own 100 ms wait is part of it, drawing the screen is not.

        Start-up and peak memory are measured in a fresh child process (`hallbench start FOLDER`) each
        time. Peak memory is the child's `VmHWM` (/proc/self/status), the high-water mark of its own
        address space: `getrusage`'s `ru_maxrss` gives the same number when the process is started
        from a shell, but Linux carries the spawning process's peak across `execve`, so in a child of
        this benchmark it would report the benchmark's own peak. The log is in the page cache (it was
        just written), as it is on the terminal that wrote it; a cold cache adds the disk's read time.

        """
    try text.write(to: url, atomically: true, encoding: .utf8)
}

/// The first three fields of /proc/loadavg: how busy the machine was besides this run.
func currentLoad() -> String {
    let text = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? "unknown"
    return text.split(separator: " ").prefix(3).joined(separator: ", ")
}

/// What the figures were measured on.
private struct Machine {
    var date: String
    var cpu: String
    var cores: Int
    var memory: String
    var tempFolder: String
    var disk: String
    var kernel: String

    static func current() -> Machine {
        let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let model = cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }?
            .split(separator: ":", maxSplits: 1).last?.trimmingCharacters(in: .whitespaces) ?? "unknown"
        let temp = FileManager.default.temporaryDirectory.path
        var name = utsname()
        uname(&name)
        let release = withUnsafeBytes(of: name.release) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        let day = Date().formatted(.iso8601.year().month().day())
        return Machine(date: day, cpu: model, cores: ProcessInfo.processInfo.activeProcessorCount,
                       memory: "\(ProcessInfo.processInfo.physicalMemory / (1 << 30)) GiB", tempFolder: temp,
                       disk: mount(of: temp), kernel: "Linux \(release)")
    }

    /// The device and filesystem holding `path`: the longest mount point that contains it.
    private static func mount(of path: String) -> String {
        let mounts = (try? String(contentsOfFile: "/proc/self/mounts", encoding: .utf8)) ?? ""
        func contains(_ point: String) -> Bool { point == "/" || path == point || path.hasPrefix(point + "/") }
        let entries: [[String]] = mounts.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
        let best = entries.filter { $0.count >= 3 && contains($0[1]) }.max { $0[1].count < $1[1].count }
        guard let best else { return "an unknown filesystem" }
        let device = best[0].split(separator: "/").last.map(String.init) ?? best[0]
        let rotational = (try? String(contentsOfFile: "/sys/block/\(device)/queue/rotational", encoding: .utf8))?
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let kind = rotational == "1" ? ", reported rotational (a virtual disk reports 1 whatever lies beneath)" : ""
        return "\(best[0]) (\(best[2]), mounted at \(best[1])\(kind))"
    }
}
