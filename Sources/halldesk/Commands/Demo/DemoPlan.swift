import Foundation
import HallConsole
import HallDomain
import HallSession
import HallStore

/// Everything a demo is made of, worked out from its fresh data folder before anything
/// runs: the day (today, opening at the scenario's time), its customers and work orders,
/// the counters the roster's clerks staff, and who sits at the console — the manager, with
/// the first counter nobody staffs, so every pane is there to open and there is a counter
/// to help out at.
struct DemoPlan {
    var files: HallFiles
    var feeder: DemoFeeder
    var consoleMember: StaffMember?
    var spareCounter: Int?

    static func make(folder: URL, scenario name: String, seed: UInt64) throws -> DemoPlan {
        let files = try HallFiles.load(DataFolder(url: folder))
        let catalog = files.catalog
        let settings = try files.workOrderSettings()
        var scenario: SimulationScenario
        do {
            scenario = try SeedScenario.load(SeedScenario.locate(name, seeds: files.folder.seedsURL), timeZone: catalog.hall.timeZone)
        } catch {
            throw fail(error.description)
        }
        let today = LocalTime(Date(), in: files.timeZone).day
        scenario.opening = LocalTime(day: today, secondOfDay: LocalTime(scenario.opening, in: files.timeZone).secondOfDay).instant(in: files.timeZone)
        let members = catalog.roster.members
        let clerks = members.count { $0.roles.contains(.clerk) }
        let counters = max(1, min(scenario.counters, catalog.counters.count, clerks))
        let arrivals: [SimulatedArrival]
        do {
            arrivals = try ArrivalGenerator.day(scenario, catalog: catalog, seed: seed)
        } catch {
            throw fail(error.description)
        }
        let orders = OrderGenerator.day(opening: scenario.opening, minutes: scenario.openMinutes, timeZone: catalog.hall.timeZone,
                                        areas: settings.areas.areas, categories: settings.categories, seed: seed)
        let managers = members.filter { $0.roles.contains(.manager) }
        let feeder = DemoFeeder(
            folder: files.folder, catalog: catalog, scenario: scenario,
            policy: SimulationPolicy(guide: true, prefill: true, counters: counters, priority: true),
            arrivals: arrivals, orders: orders, settings: settings,
            // Only a coordinator (or the guide) may take orders in; without one the day has none.
            receiver: members.first { $0.roles.contains(.coordinator) }
        )
        return DemoPlan(files: files, feeder: feeder, consoleMember: managers.first { !$0.roles.contains(.admin) } ?? managers.first,
                        spareCounter: catalog.counters.map(\.number).sorted().dropFirst(counters).first)
    }

    /// `clock` today, in the hall's zone.
    func instant(_ clock: ClockTime) -> Date {
        LocalTime(day: LocalTime(feeder.scenario.opening, in: files.timeZone).day,
                  secondOfDay: Double(clock.minutesAfterMidnight * 60)).instant(in: files.timeZone)
    }

    func session() -> ConsoleSession {
        let identity = Identity(login: consoleMember?.login ?? "demo", member: consoleMember, terminal: "demo-console",
                                session: nil, onTerminal: true, bootTime: BootClock.now())
        return ConsoleSession(files: files, identity: identity, chosen: consoleMember.map { ActingStaff(member: $0) })
    }
}
