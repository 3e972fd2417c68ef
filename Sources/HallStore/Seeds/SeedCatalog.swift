import Foundation
import HallDomain

/// The whole catalog a hall runs on, from a seeds folder (`seeds/` of the checkout, or the
/// copy in a data folder): `hall.toml`, `business-types.toml` and `staff.toml`. Each file is
/// checked on its own, then the one rule that spans two files: every business's queue is
/// defined in `hall.toml`. Nothing is returned unless all of it holds.
public enum SeedCatalog {
    public static func load(folder: URL) throws(SeedError) -> Catalog {
        let hallURL = folder.appendingPathComponent("hall.toml")
        let hall = try SeedHall.load(hallURL)
        let layout = try SeedHallLayout.load(hallURL)
        let businessTypesURL = folder.appendingPathComponent("business-types.toml")
        let businessTypes = try SeedBusinessTypes.load(businessTypesURL)
        let roster = try SeedStaff.load(folder.appendingPathComponent("staff.toml"))
        let letters = Set(layout.queues.map(\.letter))
        if let stray = businessTypes.first(where: { !letters.contains($0.queue) }) {
            throw SeedError(
                file: businessTypesURL.lastPathComponent,
                problem: "业务 \(stray.code)（\(stray.name)）的队列 queue「\(stray.queue)」没有在 \(hallURL.lastPathComponent) 的 [[queues]] 里定义"
            )
        }
        return Catalog(
            hall: hall, businessTypes: businessTypes, queues: layout.queues, counters: layout.counters,
            rules: layout.rules, roster: roster
        )
    }
}
