import Foundation
import HallDomain
import HallStore

/// Every hall of a database followed at once, for the bureau's coordinator (`halldesk
/// bureau`, its `status` and `orders`): one replica per hall, each started from the hall's
/// newest snapshot in the database and kept current by following the hall's stream (woken
/// by the server's notification), so opening a dozen halls with years of log reads only
/// what follows their snapshots.
///
/// Reads only: it never appends nor stores a snapshot, so a login of the bureau's
/// SELECT-only role (`PostgresSchema.bureauRole`) is all it needs. Halls that start
/// writing while it runs are picked up at the next `refresh(listing:)`. Every hall is read
/// over one connection (each hall keeps its own wake-ups on it), so a bureau following a
/// dozen halls costs the server one connection, as a console does.
public final class BureauWatch {
    public let endpoint: PostgresEndpoint
    private let timeZone: TimeZone
    private let link: PostgresLink
    /// Each hall's replica, by name, in the order the database lists them (as `report month --all-halls` does).
    public private(set) var halls: [(name: String, replica: HallReplica)] = []

    /// Lists the halls and starts a replica of each; a server that cannot be used fails here.
    public init(endpoint: PostgresEndpoint, timeZone: TimeZone) throws(LogFailure) {
        self.endpoint = endpoint
        self.timeZone = timeZone
        link = PostgresLink(endpoint)
        try refresh(listing: true)
    }

    /// Catches every replica up with its hall; with `listing`, first asks the database for
    /// halls that appeared since. True when anything changed.
    @discardableResult
    public func refresh(listing: Bool = false) throws(LogFailure) -> Bool {
        var changed = false
        if listing {
            let known = Dictionary(uniqueKeysWithValues: halls.map { ($0.name, $0.replica) })
            halls = try PostgresHalls.names(link).map { name in
                if let replica = known[name] { return (name, replica) }
                changed = true
                let store = PostgresEventStore(link: link, hall: name, timeZone: timeZone)
                return (name, HallReplica(store: store, snapshots: PostgresSnapshotStorage(store: store)))
            }
        }
        for hall in halls where hall.replica.refresh() { changed = true }
        return changed
    }

    /// The replica of the hall named `name`, or nil when the database holds no such hall.
    public func replica(of name: String) -> HallReplica? {
        halls.first { $0.name == name }?.replica
    }

    /// Each hall measured at `now` with the bureau's rules.
    public func standings(catalog: Catalog, settings: WorkOrderSettings, now: Date) -> [HallStanding] {
        halls.map { hall in
            var standing = HallStanding(hall: hall.name, state: hall.replica.state, lastRecordAt: hall.replica.lastRecordTime,
                                        catalog: catalog, settings: settings, now: now)
            standing.problem = hall.replica.alarm ?? hall.replica.unavailable.map { "读不到：\($0.message)" }
            return standing
        }
    }
}
