// hallbench: figures for the event log, printed as `name value unit`, never asserted.
//
//   hallbench                   everything, then rewrites docs/benchmarks.md (about ten minutes)
//   hallbench append            durable append: EventLog vs write+fdatasync vs SQLite; batches
//   hallbench replay            replay of 100k events: scanner vs JSONDecoder
//   hallbench follow            the cost of an idle follower poll
//   hallbench frames            key to frame per pane at 200×60, 5,000 open work orders, 300 waiting
//   hallbench million [COUNT]   build a log of COUNT events (1,000,000), replay, verify, start-up, memory,
//                               snapshot formats, a command's start-up and `report month` beside jq
//   hallbench start FOLDER      (used by `million`) one replica start-up, its time and peak memory
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
let figures = Figures()
let loadAtStart = currentLoad()
do {
    let all = section == "all"
    if all || ["append", "replay", "follow"].contains(section) {
        let events = try historyRecords(100_000)
        if all || section == "append" {
            try benchDurableAppend(figures, events: Array(events.prefix(1000)))
            try benchBatchAppend(figures, events: events)
        }
        if all || section == "replay" { try benchReplay(figures, events: events) }
        if all || section == "follow" { try benchFollow(figures, events: events) }
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
