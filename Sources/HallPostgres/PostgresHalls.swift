import HallStore
import PostgresNIO

/// The halls a database holds: every `hall` with a record, alphabetically.
///
/// Read by a recursive skip-scan over the `(hall, seq)` primary key: each step asks the
/// index for the first hall after the one before, so the cost is a few index probes per
/// hall, not a pass over years of records (`SELECT DISTINCT hall` reads every row). No
/// table of halls is kept: a hall exists once its first record is written, as its chain does.
public enum PostgresHalls {
    public static func names(at endpoint: PostgresEndpoint) throws(LogFailure) -> [String] {
        let link = PostgresLink(endpoint)
        defer { link.close() }
        return try names(link)
    }

    static func names(_ link: PostgresLink) throws(LogFailure) -> [String] {
        let rows = try link.run("""
            WITH RECURSIVE halls(hall) AS (
                (SELECT hall FROM records ORDER BY hall LIMIT 1)
                UNION ALL
                SELECT (SELECT r.hall FROM records r WHERE r.hall > halls.hall ORDER BY r.hall LIMIT 1)
                FROM halls WHERE halls.hall IS NOT NULL
            )
            SELECT hall FROM halls WHERE hall IS NOT NULL
            """)
        var names: [String] = []
        for row in rows {
            do {
                names.append(try row.decode(String.self))
            } catch {
                throw LogFailure.serverUnavailable(detail: "营业厅列表读不出：\(error)")
            }
        }
        return names
    }
}
