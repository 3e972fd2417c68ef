import Foundation
import HallDomain
import HallSession
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
}
