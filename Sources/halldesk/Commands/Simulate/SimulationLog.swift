import Foundation
import HallDomain
import HallStore

/// A simulated day written out as a data folder's event log (`simulate --log DIR`): what
/// was written, and the moment to look at it from, since screens show the day of their clock.
struct SimulationLog {
    var folder: URL
    var head: LogHead
    /// Counters the day staffed beyond the hall's, appended to the folder's hall.toml.
    var addedCounters: [CounterDefinition]
    /// The simulated business day, `2026-11-23`.
    var day: CalendarDay
    /// A minute after the day's last event, as `HALLDESK_NOW` takes it.
    var lookAt: String

    /// Creates the folder from the seeds unless `existing` (already checked to have an
    /// empty log) is given, adds the extra counters, then appends the run's events.
    static func write(_ run: HallSimulator.Run, scenario: SimulationScenario, catalog: Catalog, into url: URL, existing: DataFolder?,
                      seeds: String?) throws -> SimulationLog {
        if existing == nil { try InitCommand.create(url, seeds: seeds, practice: true) }
        let folder = existing ?? DataFolder(url: url)
        let added = run.counters.filter { catalog.counter(number: $0.number) == nil }
        let head: LogHead
        do {
            try SeedHallCounters.add(added, to: folder)
            head = try DayLogWriter.write(run.log, to: folder, timeZone: catalog.hall.zone)
        } catch {
            throw fail(error.message)
        }
        let zone = catalog.hall.zone
        let last = (run.log.last?.time ?? scenario.opening).addingTimeInterval(60)
        return SimulationLog(folder: folder.url, head: head, addedCounters: added, day: LocalTime(scenario.opening, in: zone).day,
                             lookAt: LocalTime(last, in: zone).minuteText)
    }
}
