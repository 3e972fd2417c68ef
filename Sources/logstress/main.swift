// logstress: a writer process for the durability tests, which start it many times over
// and kill it. It is not part of the product.
//
//   logstress append --log PATH --writer ID [--count N] [--sizes small|mixed] [--seed S]
//       Appends N records (0 = until killed), one per append, each body naming the writer
//       and its counter. Retries on conflict by catching up. After each append returns it
//       prints `ack <seq> <writer> <counter>` to stdout, unbuffered.
//       With --keep-going yes a failed append prints `refused <counter> <message>` and the
//       writer goes on to the next one instead of exiting (the fsync failure test).
//   logstress append --store postgres://… --hall H --writer ID [--count N] [--batch K] [--sizes …] [--seed S]
//       The same against hall H of a PostgreSQL database (see ServerWriter.swift), K records
//       per append (a batch); rides out a server restart or outage, printing
//       `unavailable <counter> <detail>` when one starts.
//   logstress repair --log PATH --kill-after STEP
//       Opens the log as a writer, repairing a torn tail, and sends itself SIGKILL right
//       after that step of the repair (quarantined, cut, recorded, named).
//   logstress snapshot --log PATH --folder DIR --label TEXT [--kill-after STEP]
//       Writes a snapshot whose state is (N, TEXT) at the log's last record N, after
//       appending the snapshotTaken record that names it; with --kill-after it sends itself
//       SIGKILL right after that step of the file write (tempWritten, tempSynced, renamed,
//       folderSynced).
//   logstress autosnapshot --data DIR --at ISO8601 --every N [--kill-after STEP]
//       The guide G01 at terminal door-1 of the data folder DIR issues payment slips at the
//       fixed hall time --at, through a real `HallEngine` whose automatic snapshots come
//       every N records, until one is due; then finishes it as a command does before it
//       exits (`settleAutoSnapshot(wait: true)`). With --kill-after it sends itself SIGKILL
//       right before the snapshotTaken record (encoded) or right after that step of the
//       file write (tempWritten, tempSynced, renamed, folderSynced). Prints
//       `snapshot <seq>` when it was kept.
//   logstress counter --data DIR --staff ID --counter N --terminal NAME --at ISO8601
//       A clerk at counter N, opened on terminal NAME, in the data folder DIR: calls the next slip and finishes it,
//       again and again, through a real `HallEngine` at the fixed hall time --at, until a
//       call is refused. Prints `called <slip>` after each call returns and
//       `refused <message>` at the end; exits 9 if a finish fails. One process does what
//       a clerk's hundreds of `halldesk slip call` runs would, so the counter race spends
//       its time racing, not starting processes. With --store postgres://… --hall H the
//       engine appends to hall H of that database; DIR then only gives the seeds.
import Foundation
import Glibc
import HallDomain
import HallStore

let siteZone = TimeZone(identifier: "Asia/Shanghai")!

/// `--key value` pairs after the sub-command.
func options() -> [String: String] {
    var found: [String: String] = [:]
    var arguments = CommandLine.arguments.dropFirst(2).makeIterator()
    while let key = arguments.next(), key.hasPrefix("--"), let value = arguments.next() {
        found[String(key.dropFirst(2))] = value
    }
    return found
}

func fail(_ text: String) -> Never {
    FileHandle.standardError.write(Data((text + "\n").utf8))
    exit(2)
}

/// Writes `text` straight to fd 1, so a line is out before the process can be killed.
func say(_ text: String) {
    let bytes = Array((text + "\n").utf8)
    _ = bytes.withUnsafeBytes { Glibc.write(1, $0.baseAddress, $0.count) }
}

/// A deterministic generator, so a failing run can be repeated with its seed.
struct SplitMix {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Padding of mixed sizes: mostly small, some tens of KB, some close to 1 MiB (a write of its own).
func padding(_ sizes: String, _ random: inout SplitMix) -> String {
    guard sizes == "mixed" else { return "" }
    let roll = random.next() % 100
    let count: Int
    switch roll {
    case 0..<70: count = Int(random.next() % 200)
    case 70..<90: count = 1_000 + Int(random.next() % 50_000)
    default: count = 1_000_000 + Int(random.next() % 40_000)
    }
    return String(repeating: "电", count: count / 6) + String(repeating: "x", count: count - count / 6 * 3)
}

func append(_ options: [String: String]) {
    if let store = serverStore(options) { return appendToServer(store, options) }
    guard let path = options["log"], let writer = options["writer"] else { fail("append needs --log and --writer") }
    let count = Int(options["count"] ?? "0") ?? 0
    let sizes = options["sizes"] ?? "small"
    var random = SplitMix(state: UInt64(options["seed"] ?? "1") ?? 1)
    let log: EventLog
    do {
        log = try EventLog(url: URL(fileURLWithPath: path), timeZone: siteZone, repairActor: "system", repairTerminal: "logstress-\(writer)")
    } catch {
        fail("open: \(error.message)")
    }
    var counter = 0
    while count == 0 || counter < count {
        let body = "{\"writer\":\"\(writer)\",\"n\":\(counter),\"pad\":\"\(padding(sizes, &random))\"}"
        let record = NewRecord(actor: "W\(writer)", terminal: "tty\(writer)", type: "stress", version: 1, body: Data(body.utf8), timestamp: Date())
        while true {
            do {
                let written = try log.append([record], expecting: log.head.seq)
                say("ack \(written[0].seq) \(writer) \(counter)")
                break
            } catch .conflict {
                continue
            } catch {
                guard options["keep-going"] == "yes" else { fail("append: \(error.message)") }
                say("refused \(counter) \(error.message)")
                break
            }
        }
        counter += 1
    }
}

/// The state the snapshot crash test writes: which record it belongs to and a label.
struct StressState: Codable {
    var seq: Int
    var label: String
}

func snapshot(_ options: [String: String]) {
    guard let path = options["log"], let folder = options["folder"], let label = options["label"] else {
        fail("snapshot needs --log, --folder and --label")
    }
    var store = SnapshotStore(folder: URL(fileURLWithPath: folder))
    if let step = options["kill-after"] {
        guard let killStep = SnapshotStore.WriteStep(rawValue: step) else { fail("unknown step \(step)") }
        store.afterStep = { done in
            if done == killStep { kill(getpid(), SIGKILL) }
        }
    }
    do {
        let log = try EventLog(url: URL(fileURLWithPath: path), timeZone: siteZone, repairActor: "system", repairTerminal: "logstress")
        let encoded = try store.encode(StressState(seq: log.head.seq, label: label), at: log.head)
        _ = try log.append([encoded.record(actor: "system", terminal: "logstress", timestamp: Date())], expecting: log.head.seq)
        try store.keep(encoded)
        say("written \(encoded.head.seq)")
    } catch {
        fail("snapshot: \(error.message)")
    }
}

func autosnapshot(_ options: [String: String]) {
    guard let data = options["data"], let at = options["at"], let now = ISO8601DateFormatter().date(from: at),
          let every = options["every"].flatMap({ Int($0) }) else {
        fail("autosnapshot needs --data, --at and --every")
    }
    let folder = DataFolder(url: URL(fileURLWithPath: data))
    var storage = SnapshotStore(folder: folder.snapshotsURL)
    let step = options["kill-after"]
    if let step, step != "encoded" {
        guard let killStep = SnapshotStore.WriteStep(rawValue: step) else { fail("unknown step \(step)") }
        storage.afterStep = { done in
            if done == killStep { kill(getpid(), SIGKILL) }
        }
    }
    do {
        let catalog = try SeedCatalog.load(folder: folder.seedsURL)
        guard let guide = catalog.roster.member(id: "G01"), let payment = catalog.businessType(code: "JF") else { fail("no G01 or JF") }
        let engine = try HallEngine(folder: folder, catalog: catalog, actor: guide, terminal: "door-1")
        let auto = AutoSnapshot(policy: SnapshotPolicy(everyRecords: every, atDayClose: false, keep: 2), storage: storage)
        engine.autoSnapshot = auto
        while !engine.replica.snapshotDue(auto.policy) {
            try engine.perform(.issueSlip(businessType: payment.code, customerKind: .residential, presented: payment.checklist(for: .residential),
                                          priority: nil, override: nil, phone: nil), now: now)
        }
        if step == "encoded" { kill(getpid(), SIGKILL) }
        engine.settleAutoSnapshot(wait: true)
        say("snapshot \(try storage.storedSeqs().first ?? 0)")
    } catch {
        fail("autosnapshot: \(error)")
    }
}

func counter(_ options: [String: String]) {
    guard let data = options["data"], let staff = options["staff"], let number = options["counter"].flatMap({ Int($0) }),
          let terminal = options["terminal"], let at = options["at"], let now = ISO8601DateFormatter().date(from: at) else {
        fail("counter needs --data, --staff, --counter, --terminal and --at")
    }
    let folder = DataFolder(url: URL(fileURLWithPath: data))
    let engine: HallEngine
    do {
        let catalog = try SeedCatalog.load(folder: folder.seedsURL)
        guard let clerk = catalog.roster.member(id: staff) else { fail("no staff member \(staff)") }
        if let store = serverStore(options) {
            engine = try HallEngine(store: store, snapshots: nil, catalog: catalog, actor: clerk, terminal: terminal, roster: nil)
        } else {
            engine = try HallEngine(folder: folder, catalog: catalog, actor: clerk, terminal: terminal)
        }
    } catch {
        fail("open: \(error)")
    }
    /// The engine gives up (`tooBusy`, nothing written) after 100 lost races in a row.
    /// Against the server a lost race costs round trips, and on a loaded machine one clerk
    /// among three busy colleagues was seen to reach that; there the process does what the
    /// message asks and tries again, printing `busy`. The file log's run never retries.
    let pressesAgain = options["store"] != nil
    func perform(_ command: HallCommand) throws(EngineFailure) -> [RecordedEvent] {
        while true {
            do {
                return try engine.perform(command, now: now)
            } catch .tooBusy where pressesAgain {
                say("busy")
            }
        }
    }
    while true {
        do {
            let called = try perform(.callNext(counter: number))
            guard case .slipCalled(let call)? = called.first?.event else { fail("a call recorded \(called.map(\.event))") }
            say("called \(call.slip)")
        } catch .refused(let refusal) {
            say("refused \(refusal.message)")
            return
        } catch {
            fail("call: \(error.message)")
        }
        do {
            _ = try perform(.finishService(counter: number))
        } catch {
            FileHandle.standardError.write(Data("finish: \(error.message)\n".utf8))
            exit(9)
        }
    }
}

func repair(_ options: [String: String]) {
    guard let path = options["log"], let step = options["kill-after"], let killStep = RepairStep(rawValue: step) else {
        fail("repair needs --log and --kill-after quarantined|cut|recorded|named")
    }
    do {
        _ = try EventLog(url: URL(fileURLWithPath: path), timeZone: siteZone, repairActor: "system", repairTerminal: "logstress-repair",
                         afterRepairStep: { done in if done == killStep { kill(getpid(), SIGKILL) } })
    } catch {
        fail("open: \(error.message)")
    }
    say("no repair needed")
}

switch CommandLine.arguments.dropFirst().first {
case "append": append(options())
case "repair": repair(options())
case "snapshot": snapshot(options())
case "counter": counter(options())
case "autosnapshot": autosnapshot(options())
default: fail("usage: logstress append|repair|snapshot|autosnapshot|counter --option value …")
}
