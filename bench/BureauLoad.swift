import Foundation
import Glibc
import HallPostgres
import HallStore
import HallTestSupport

/// A bureau on one server: twelve halls' streams, each appended to at its busiest hour's
/// rate (`PeakHour`: the seeds' busiest hall on its peak day), all twelve at once, while a
/// hundred terminals follow them (spread over the halls, eight or nine each), for
/// `bureauSeconds`.
///
/// Each hall's appends come from one thread of this process with its own connection, at
/// random moments (a Poisson stream at the hour's mean rate, seeded), each append one
/// command's records of that hour. The terminals are four `hallbench followers`
/// processes of 25, as terminals are separate programs: each follower a
/// `PostgresEventStore` follower on its own connection, polled as the console polls its
/// replica (poll, then the console's 100 ms wait for a key). Every follower prints the
/// wall-clock moment it got each record; a record's board time is the last of its hall's
/// followers' moments minus the moment its append returned (committed), on the one clock
/// of this machine.
func benchBureauLoad(_ figures: Figures, server: BenchServer) throws {
    let peak = try PeakHour.busiest(seeds: seedsFolder())
    let rate = peak.appendsPerSecond
    say("bureau load: \(peak.scenario), hour \(peak.hour + 1) after opening (\(peak.arrivals) customers): "
        + "\(peak.appends.count) appends an hour = \(format(rate, 3)) per second per hall, "
        + "\(format(rate * Double(bureauHalls.count), 2)) per second for \(bureauHalls.count) halls")
    let folder = try tempFolder("bureau")
    defer { try? FileManager.default.removeItem(at: folder) }

    // Terminal t follows hall t mod 12 and runs in process t mod 4.
    let terminals = (0..<bureauTerminals).map { bureauHalls[$0 % bureauHalls.count] }
    let followersOf = Dictionary(grouping: terminals, by: { $0 }).mapValues(\.count)
    let program = try besideThisProgram("hallbench")
    let processes = try (0..<bureauProcesses).map { p in
        try Child(program, ["followers", server.address] + terminals.enumerated().filter { $0.offset % bureauProcesses == p }.map(\.element),
                  outputIn: folder)
    }
    defer {
        for process in processes {
            process.kill()
            _ = try? process.finish()
        }
    }
    func output(_ child: Child) -> [Substring] {
        String(decoding: (try? Data(contentsOf: child.outputURL)) ?? Data(), as: UTF8.self).split(separator: "\n")
    }
    let deadline = Date().addingTimeInterval(60)
    while !processes.allSatisfy({ output($0).contains("ready") }) {
        if let ended = processes.first(where: { !$0.process.isRunning }) {
            throw BenchFailure("a followers process ended: \(output(ended).suffix(3).joined(separator: " / "))")
        }
        guard Date() < deadline else { throw BenchFailure("the followers were not all connected within 60 s") }
        usleep(50_000)
    }

    let endpoint = server.endpoint
    let appends = peak.appends
    let start = wallSeconds()
    let made = try onThreads(bureauHalls.count) { index in
        try appendAtRate(endpoint: endpoint, hall: bureauHalls[index], appends: appends, rate: rate, seed: UInt64(index + 1),
                         from: start, seconds: bureauSeconds)
    }.flatMap { $0 }
    // A follower polls every 100 ms or so: two seconds is room enough for the last records.
    sleep(2)
    for process in processes { process.kill() }

    var got: [String: [Double]] = [:]
    var failures: [Substring] = []
    for process in processes {
        _ = try? process.finish()
        for line in output(process) {
            let parts = line.split(separator: " ")
            if parts.count == 4, parts[0] == "got", let at = Double(parts[3]) {
                got["\(parts[1]) \(parts[2])", default: []].append(at)
            } else if line != "ready" {
                failures.append(line)
            }
        }
    }
    guard failures.isEmpty else { throw BenchFailure("followers failed: \(failures.prefix(3).joined(separator: " / "))") }
    var lags: [Double] = []
    var missed = 0
    for append in made {
        let moments = got["\(append.hall) \(append.seq)"] ?? []
        if moments.count < followersOf[append.hall, default: 0] {
            missed += 1
        } else if let last = moments.max() {
            lags.append((last - append.committed) * 1000)
        }
    }
    guard !lags.isEmpty else { throw BenchFailure("no follower had any record") }
    let times = made.map { ($0.committed - $0.began) * 1000 }
    let load = "\(made.count) appends over \(format(bureauSeconds, 0)) s to \(bureauHalls.count) halls at "
        + "\(format(rate * 3600, 0)) appends/h each, \(bureauTerminals) followers"
    figures.add("bureau_append_p50", median(times), "ms", digits: 1, "bureau load (\(load)): one append's time, median")
    figures.add("bureau_append_p99", percentile(times, 0.99), "ms", digits: 1, "bureau load: one append's time, 99th percentile",
                goal: .atMost(20))
    figures.add("bureau_board_p50", median(lags), "ms", digits: 1,
                "bureau load: from an append's commit until every follower of its hall has the record, median of \(lags.count)")
    figures.add("bureau_board_p99", percentile(lags, 0.99), "ms", digits: 1, "the same, 99th percentile", goal: .atMost(300))
    figures.add("bureau_board_max", lags.max() ?? 0, "ms", digits: 1, "the same, the slowest append", goal: .atMost(300))
    figures.add("bureau_board_missed", Double(missed), "appends", digits: 0,
                "appends some follower of their hall still did not have 2 s after the last append", goal: .atMost(0))
}

/// The halls of the bureau: twelve, as in the Shunde district (seeds/scenarios/peak-busiest.toml).
private let bureauHalls = (1...12).map { String(format: "hall%02d", $0) }
private let bureauTerminals = 100
private let bureauProcesses = 4
private let bureauSeconds = 60.0

/// One append of the bureau load: its hall, its last seq, when it was sent and when it returned.
private struct BureauAppend: Sendable {
    var hall: String
    var seq: Int
    var began: Double
    var committed: Double
}

/// Appends to `hall` at random moments `rate` times a second on average for `seconds`
/// from `start` (wall clock), cycling through `appends` from a place that differs per hall.
private func appendAtRate(endpoint: PostgresEndpoint, hall: String, appends: [[NewRecord]], rate: Double, seed: UInt64,
                          from start: Double, seconds: Double) throws -> [BureauAppend] {
    let store = PostgresEventStore(endpoint: endpoint, hall: hall, timeZone: siteZone)
    defer { store.close() }
    var head = try store.head().seq
    var random = SplitMix64(seed: seed)
    var next = start
    var index = Int(seed) * 17
    var made: [BureauAppend] = []
    while true {
        next += -log(1 - random.unit()) / rate
        guard next < start + seconds else { return made }
        let wait = next - wallSeconds()
        if wait > 0 { usleep(useconds_t(wait * 1e6)) }
        let began = wallSeconds()
        let written = try store.append(appends[index % appends.count], expecting: head)
        let committed = wallSeconds()
        head = written.last?.seq ?? head
        made.append(BureauAppend(hall: hall, seq: head, began: began, committed: committed))
        index += 1
    }
}

/// `hallbench followers ADDRESS HALL…`: one follower per HALL argument, each on its own
/// thread and connection, polled as a console polls (then a 100 ms pause), until killed.
/// Prints `ready` once every follower has connected and read its hall, then
/// `got HALL SEQ SECONDS` for each record a follower gets, with the wall-clock moment.
func runFollowers(address: String, halls: [String]) -> Never {
    guard let endpoint = PostgresEndpoint(address: address) else {
        FileHandle.standardError.write(Data("followers: not a postgres:// address: \(address)\n".utf8))
        exit(2)
    }
    let ready = ReadyCount(halls.count)
    _ = try? onThreads(halls.count) { index in
        let hall = halls[index]
        let store = PostgresEventStore(endpoint: endpoint, hall: hall, timeZone: siteZone)
        do throws(LogFailure) {
            let follower = store.follow(after: try store.head())
            try follower.poll { _ in }
            ready.one()
            while true {
                try follower.poll { record in line("got \(hall) \(record.seq) \(String(format: "%.6f", wallSeconds()))") }
                usleep(100_000)
            }
        } catch {
            line("failed \(hall) \(error.message)")
        }
    }
    exit(0)
}

/// Writes one line to fd 1 in one `write`, so lines of several threads never mix.
private func line(_ text: String) {
    let bytes = Array((text + "\n").utf8)
    _ = bytes.withUnsafeBytes { write(1, $0.baseAddress, $0.count) }
}

/// Counts followers connected; prints `ready` when the last one is.
private final class ReadyCount: @unchecked Sendable {
    private let lock = NSLock()
    private var left: Int

    init(_ count: Int) { left = count }

    func one() {
        lock.lock()
        left -= 1
        if left == 0 { line("ready") }
        lock.unlock()
    }
}
