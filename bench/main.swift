// hallbench: figures for the event log, printed as `name value unit`, never asserted.
//
//   hallbench                   everything, then rewrites docs/benchmarks.md (about ten minutes)
//   hallbench append            durable append: EventLog vs write+fdatasync vs SQLite; batches
//   hallbench replay            replay of 100k events: scanner vs JSONDecoder
//   hallbench follow            the cost of an idle follower poll
//   hallbench frames            key to frame per pane at 200×60, 5,000 open work orders, 300 waiting
//   hallbench million [COUNT]   build a log of COUNT events (1,000,000), replay, verify, start-up, memory,
//                               snapshot formats, a command's start-up and `report month` beside jq
//   hallbench postgres          the log in PostgreSQL (a throwaway server): append latency beside
//                               EventLog and SQLite, 8 writers, a bureau's load (12 halls, 100 followers)
//   hallbench start FOLDER      (used by `million`) one replica start-up, its time and peak memory
//   hallbench followers ADDRESS HALL…   (used by `postgres`) a terminal's follower per HALL
//   hallbench sqlite-writer PATH ID     (used by `postgres`) one of eight SQLite writers
//
// Run from the package folder: the events are decided on the hall in `seeds/`. Logs are
// written under the system temp folder and removed afterwards.
import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
let section = arguments.first ?? "all"
if section == "start", arguments.count == 2 {
    runStart(folder: arguments[1])
    exit(0)
}
if section == "followers", arguments.count >= 3 { runFollowers(address: arguments[1], halls: Array(arguments.dropFirst(2))) }
if section == "sqlite-writer", arguments.count == 3 { runSQLiteWriter(path: arguments[1], writer: arguments[2]) }
let figures = Figures()
let loadAtStart = currentLoad()
do {
    let all = section == "all"
    if all || section == "postgres" { try checkPostgresPrerequisites() }
    if all || ["append", "replay", "follow", "postgres"].contains(section) {
        let events = try historyRecords(section == "postgres" ? 1000 : 100_000)
        if all || section == "append" {
            try benchDurableAppend(figures, events: Array(events.prefix(1000)))
            try benchBatchAppend(figures, events: events)
        }
        if all || section == "replay" { try benchReplay(figures, events: events) }
        if all || section == "follow" { try benchFollow(figures, events: events) }
        if all || section == "postgres" { try benchPostgres(figures, events: Array(events.prefix(1000))) }
    }
    if all || section == "frames" { try benchFrames(figures) }
    if all || section == "million" {
        try benchMillion(figures, count: arguments.count > 1 ? Int(arguments[1]) ?? 1_000_000 : 1_000_000)
    }
    if all {
        try writeReport(figures, loadAtStart: loadAtStart, to: URL(fileURLWithPath: "docs/benchmarks.md"))
        print("wrote docs/benchmarks.md")
    }
} catch {
    print("hallbench failed: \(error)")
    exit(1)
}
