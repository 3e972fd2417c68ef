import Foundation
import HallDomain

/// The instant an action is decided and recorded at, so that the log's times never run
/// backwards when the machine's clock does (an NTP step, a VM resumed from a pause), and
/// never run far ahead of the machine's clock either.
///
/// A clock a little behind the last record is taken to be the last record's time: the
/// order of the log and every wait measured from it stay right, and work goes on. A clock
/// far behind is refused instead: stamping an hour of work with one frozen instant would
/// make the record lie, and a wrong clock that far off needs someone to fix it. The
/// refusal names the record that is ahead (its sequence number, time and writer), because
/// the clock at fault may be the one that wrote it rather than this one.
enum LogClock {
    /// How far behind the last record the clock may be and still be carried forward.
    static let tolerance: TimeInterval = 5 * 60
    /// How far ahead of the machine's clock a record may be stamped, unless the hall's
    /// `hall.toml` says otherwise (`[clock] ahead_tolerance_minutes`).
    static let aheadTolerance: TimeInterval = 5 * 60

    /// `now`, or the last record's time when `now` is earlier by at most `tolerance`.
    static func instant(_ now: Date, lastRecord: Date?, described: () -> String) throws(HallRefusal) -> Date {
        guard let lastRecord, now < lastRecord else { return now }
        let behind = lastRecord.timeIntervalSince(now)
        guard behind <= tolerance else {
            throw HallRefusal(.clockBehindLog, "本机时钟比日志最后一条记录（\(described())）慢约 \(duration(behind))，超过允许的 \(Int(tolerance / 60)) 分钟：为免记录时间倒流，本次操作未保存。若本机时钟是对的，是那条记录的时间超前了，请交系统管理员检查；否则请校准本机时钟（如 chronyc makestep 或 timedatectl）后重试。")
        }
        return lastRecord
    }

    /// Refuses an instant further ahead of the machine's clock than `tolerance`: a record
    /// stamped in the future would hold every later writer back until that time comes.
    static func checkNotAhead(_ instant: Date, machine: Date, tolerance: TimeInterval) throws(HallRefusal) {
        let ahead = instant.timeIntervalSince(machine)
        guard ahead > tolerance else { return }
        throw HallRefusal(.clockAheadOfMachine, "要写入的记录时间比本机时钟快约 \(duration(ahead))，超过允许的 \(Int(tolerance / 60)) 分钟，本次操作未保存。请核对本机时钟后重试。")
    }

    /// A gap in the unit a person would say it in: minutes, hours, then days.
    static func duration(_ seconds: TimeInterval) -> String {
        let minutes = Int((seconds / 60).rounded(.up))
        if minutes < 120 { return "\(minutes) 分钟" }
        if minutes < 48 * 60 { return "\(minutes / 60) 小时" }
        return "\(minutes / 1440) 天"
    }
}
