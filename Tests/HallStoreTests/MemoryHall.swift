import Foundation
import HallDomain
import HallStore
import XCTest

/// A hall from the repository's seeds on an `InMemoryEventStore`: for the engine's tests
/// whose subject is deciding and appending, not the disk.
struct MemoryHall {
    let catalog: Catalog
    let store: InMemoryEventStore
    let snapshots = InMemorySnapshotStore()

    init() throws {
        catalog = try SeedCatalog.load(folder: Checkout.seeds)
        store = InMemoryEventStore(timeZone: catalog.hall.zone)
    }

    /// The first member with `role`.
    func member(_ role: Role) throws -> StaffMember {
        try XCTUnwrap(catalog.roster.members.first { $0.roles.contains(role) })
    }

    /// An engine of `actor` at `terminal`, starting with the seeds' roster file as a data
    /// folder made from them does (`HallEngine(folder:…)`).
    func engine(_ actor: StaffMember, terminal: String, admin: StaffMember? = nil) throws -> HallEngine {
        try HallEngine(store: store, snapshots: snapshots, catalog: catalog, actor: actor, terminal: terminal, admin: admin,
                       roster: SeedStaff.fingerprinted(Checkout.seeds.appendingPathComponent("staff.toml")))
    }
}
