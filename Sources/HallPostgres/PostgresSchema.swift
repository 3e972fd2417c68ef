import HallStore
import PostgresNIO

/// The tables, the append-only promise and the consoles' role, installed by the database's
/// owner once (`install`), and the version every store checks before using them.
///
/// `records` holds each record's fields exactly as the file log writes them (text, never
/// re-encoded, so a line rebuilt from a row hashes as in the file) plus `line_offset`, where
/// the line starts in the file form of the hall's log: what makes a head read here the file
/// log's head, offsets included. The promise is kept by the server, not by HallDesk:
/// - a trigger refuses UPDATE, DELETE and TRUNCATE on `records`, even for the owner (only a
///   superuser who drops the trigger gets past it, and that is in the server's log);
/// - the consoles' role `halldesk_console` may SELECT and INSERT, nothing else; console
///   logins are made members of it (`CREATE ROLE … LOGIN IN ROLE halldesk_console`);
/// - the bureau's role `halldesk_bureau` may SELECT only: the coordinator across halls
///   (`halldesk bureau`, `report month --all-halls`) reads every hall and writes nothing;
/// - snapshots are append-only rows too, each the state after record `seq` (the newest row
///   for a seq counts), so the consoles need no right to change anything;
/// - an append is one call of `halldesk_append` (see `PostgresEventStore.insert`), which runs
///   with the caller's rights: a console needs nothing beyond INSERT and SELECT for it;
/// - every append is announced on `halldesk_records` with the hall as the payload, which
///   wakes the followers (`PostgresFollower`). The writer sends it after its commit
///   (`PostgresEventStore.announce`); version 1 had a trigger notify inside the appending
///   transaction, which made every commit on the server wait for the one before it.
public enum PostgresSchema {
    /// Raised whenever the tables change shape or behave otherwise; a store refuses a
    /// database of another version. 2: appends through `halldesk_append`, no notifying
    /// trigger (the writers announce).
    public static let version = 2
    /// The role whose members are the consoles.
    public static let consoleRole = "halldesk_console"
    /// The role whose members read every hall and write nothing: the bureau's coordinator.
    public static let bureauRole = "halldesk_bureau"
    /// The channel every committed record is announced on, with its hall as the payload.
    public static let channel = "halldesk_records"

    /// The statements, in order; each is safe to run again on an installed database.
    public static let statements: [String] = [
        """
        CREATE TABLE IF NOT EXISTS halldesk_schema (
            version integer PRIMARY KEY,
            installed_at timestamptz NOT NULL DEFAULT now()
        )
        """,
        """
        CREATE TABLE IF NOT EXISTS records (
            hall text NOT NULL,
            seq bigint NOT NULL CHECK (seq >= 1),
            ts text NOT NULL,
            actor text NOT NULL,
            terminal text NOT NULL,
            type text NOT NULL,
            version bigint NOT NULL CHECK (version >= 0),
            body text NOT NULL,
            prev text NOT NULL CHECK (length(prev) = 64),
            hash text NOT NULL CHECK (length(hash) = 64),
            line_offset bigint NOT NULL CHECK (line_offset >= 0),
            PRIMARY KEY (hall, seq)
        )
        """,
        """
        CREATE TABLE IF NOT EXISTS snapshots (
            hall text NOT NULL,
            kept bigint GENERATED ALWAYS AS IDENTITY,
            seq bigint NOT NULL,
            bytes bytea NOT NULL,
            kept_at timestamptz NOT NULL DEFAULT now(),
            PRIMARY KEY (hall, kept)
        )
        """,
        """
        CREATE OR REPLACE FUNCTION halldesk_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'halldesk: % on % refused: the event log is append-only', TG_OP, TG_TABLE_NAME
                USING ERRCODE = 'insufficient_privilege';
        END
        $$
        """,
        "DROP TRIGGER IF EXISTS records_append_only ON records",
        """
        CREATE TRIGGER records_append_only BEFORE UPDATE OR DELETE ON records
            FOR EACH ROW EXECUTE FUNCTION halldesk_refuse_change()
        """,
        "DROP TRIGGER IF EXISTS records_no_truncate ON records",
        """
        CREATE TRIGGER records_no_truncate BEFORE TRUNCATE ON records
            FOR EACH STATEMENT EXECUTE FUNCTION halldesk_refuse_change()
        """,
        """
        CREATE OR REPLACE FUNCTION halldesk_append(
            p_hall text, p_after bigint, p_after_hash text, p_seq bigint[], p_ts text[], p_actor text[],
            p_terminal text[], p_type text[], p_version bigint[], p_body text[], p_prev text[], p_hash text[],
            p_offset bigint[]
        ) RETURNS TABLE (h_seq bigint, h_ts text, h_actor text, h_terminal text, h_type text, h_version bigint,
                         h_body text, h_prev text, h_hash text, h_offset bigint)
        LANGUAGE plpgsql SECURITY INVOKER AS $$
        BEGIN
            IF p_after = 0 OR EXISTS (SELECT FROM records r WHERE r.hall = p_hall AND r.seq = p_after AND r.hash = p_after_hash) THEN
                BEGIN
                    INSERT INTO records (hall, seq, ts, actor, terminal, type, version, body, prev, hash, line_offset)
                    SELECT p_hall, u.* FROM unnest(p_seq, p_ts, p_actor, p_terminal, p_type, p_version, p_body, p_prev,
                                                   p_hash, p_offset) AS u;
                EXCEPTION WHEN unique_violation THEN
                    NULL;
                END;
            END IF;
            RETURN QUERY SELECT r.seq, r.ts, r.actor, r.terminal, r.type, r.version, r.body, r.prev, r.hash, r.line_offset
                FROM records r WHERE r.hall = p_hall ORDER BY r.seq DESC LIMIT 1;
        END
        $$
        """,
        // Version 1's notifying trigger, gone when a version 1 database is installed again.
        "DROP TRIGGER IF EXISTS records_announce ON records",
        "DROP FUNCTION IF EXISTS halldesk_announce()",
        """
        DO $$ BEGIN
            IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '\(consoleRole)') THEN
                CREATE ROLE \(consoleRole) NOLOGIN;
            END IF;
        END $$
        """,
        """
        DO $$ BEGIN
            IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '\(bureauRole)') THEN
                CREATE ROLE \(bureauRole) NOLOGIN;
            END IF;
        END $$
        """,
        "REVOKE ALL ON records, snapshots, halldesk_schema FROM PUBLIC, \(consoleRole), \(bureauRole)",
        "GRANT SELECT, INSERT ON records, snapshots TO \(consoleRole)",
        "GRANT SELECT ON halldesk_schema TO \(consoleRole)",
        "GRANT SELECT ON records, snapshots, halldesk_schema TO \(bureauRole)",
        "INSERT INTO halldesk_schema (version) VALUES (\(version)) ON CONFLICT DO NOTHING",
    ]

    /// Installs (or re-installs) the schema in one transaction, connected as the owner.
    public static func install(at endpoint: PostgresEndpoint) throws(LogFailure) {
        let link = PostgresLink(endpoint)
        defer { link.close() }
        try link.transaction { () throws(LogFailure) in
            for statement in statements {
                try link.run(PostgresQuery(unsafeSQL: statement))
            }
        }
    }

    /// The version the database was installed with, or nil when it has no HallDesk schema.
    static func installedVersion(_ link: PostgresLink) throws(LogFailure) -> Int? {
        let exists = try link.run("SELECT to_regclass('halldesk_schema') IS NOT NULL")
        guard let row = exists.first, (try? row.decode(Bool.self)) == true else { return nil }
        let rows = try link.run("SELECT max(version)::bigint FROM halldesk_schema")
        return rows.first.flatMap { try? $0.decode(Int?.self) }
    }
}
