import ArgumentParser
import Foundation
import HallDomain
import HallSession
import HallStore

/// A scripting command that acts: the hall's files, who acts, and the engine that decides
/// and appends. The same `HallEngine` the console uses, so both obey the same rules.
struct Acting {
    let files: HallFiles
    let engine: HallEngine
    /// The instant this command acts at (see `ScriptClock`).
    let now: Date

    init(_ data: DataOptions, _ staff: StaffOptions) throws {
        files = try HallFiles.open(data)
        now = try ScriptClock.now(in: files.timeZone, folder: files.folder)
        let identity = try Identity.current(files: files)
        guard let chosen = try staff.chosen(in: files, identity: identity, now: now) else {
            throw fail("登录名 \(identity.login) 不在人员名单里，不能操作。请管理员把你加入 staff.toml，或在共用终端用 halldesk staff switch 换人。")
        }
        do {
            engine = try files.engine(for: chosen.member, admin: chosen.admin, at: identity.terminal)
        } catch {
            throw fail(error)
        }
    }

    /// A command has no next key to wait for: when its append made a snapshot due (see
    /// `AutoSnapshot`), each `perform` finishes that snapshot before returning.
    ///
    /// Decides and records `command` now; a refusal ends the command with its message and
    /// exit code 1, a log that cannot be written with exit code 3, having written nothing.
    func perform(_ command: HallCommand) throws -> [RecordedEvent] {
        defer { engine.settleAutoSnapshot(wait: true) }
        do {
            return try engine.perform(command, now: now)
        } catch {
            throw fail(error)
        }
    }

    /// Decides and records a work-order command now, on the data folder's calendar and deadlines.
    func perform(_ command: WorkOrderCommand) throws -> [RecordedEvent] {
        let settings = try files.workOrderSettings()
        defer { engine.settleAutoSnapshot(wait: true) }
        do {
            return try engine.perform(command, settings: settings, now: now)
        } catch {
            throw fail(error)
        }
    }

    /// Decides with `deciding` on fresh state and records all it returns in one append, or
    /// nothing; `now` is the instant the decision is for and the records' time (carried
    /// forward to the last record's when the clock is a little behind, see `HallEngine`).
    func perform(now: Date, deciding: (HallState, Date) throws(HallRefusal) -> [Event]) throws -> [RecordedEvent] {
        defer { engine.settleAutoSnapshot(wait: true) }
        do {
            return try engine.perform(now: now, deciding: deciding)
        } catch {
            throw fail(error)
        }
    }
}
