import Foundation
import HallDomain
import HallStore

extension HallFiles {
    /// The working calendar in the data folder's `seeds/calendar/`, in the hall's zone.
    func workingCalendar() throws -> WorkingCalendar {
        do {
            return try SeedCalendar.load(folder: folder.seedsURL, timeZone: timeZone)
        } catch {
            throw fail(error.description)
        }
    }

    /// The categories, deadlines and calendar that work-order decisions need, from the data folder's seeds.
    func workOrderSettings() throws -> WorkOrderSettings {
        do {
            return try loadWorkOrderSettings()
        } catch {
            throw fail(error.description)
        }
    }

    /// The same, with the seed error kept for a screen to show rather than printed.
    func loadWorkOrderSettings() throws(SeedError) -> WorkOrderSettings {
        try SeedWorkOrders.load(folder: folder.seedsURL, calendar: try SeedCalendar.load(folder: folder.seedsURL, timeZone: timeZone))
    }
}
