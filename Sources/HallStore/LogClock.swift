import Foundation
import HallDomain

/// The instant an action is decided and recorded at, so that the log's times never run
/// backwards when the machine's clock does (an NTP step, a VM resumed from a pause).
///
/// A clock a little behind the last record is taken to be the last record's time: the
/// order of the log and every wait measured from it stay right, and work goes on. A clock
/// far behind is refused instead: stamping an hour of work with one frozen instant would
/// make the record lie, and a wrong clock that far off needs someone to fix it.
enum LogClock {
    /// How far behind the last record the clock may be and still be carried forward.
    static let tolerance: TimeInterval = 5 * 60

    /// `now`, or the last record's time when `now` is earlier by at most `tolerance`.
    static func instant(_ now: Date, lastRecord: Date?, lastRecordText: String?) throws(HallRefusal) -> Date {
        guard let lastRecord, now < lastRecord else { return now }
        let behind = lastRecord.timeIntervalSince(now)
        guard behind <= tolerance else {
            let last = lastRecordText.map { "（\($0.prefix(16).replacingOccurrences(of: "T", with: " "))）" } ?? ""
            throw HallRefusal(.clockBehindLog, "本机时钟比日志最后一条记录\(last)慢约 \(duration(behind))，超过允许的 \(Int(tolerance / 60)) 分钟：为免记录时间倒流，本次操作未保存。请校准本机时钟（如 chronyc makestep 或 timedatectl）后重试。")
        }
        return lastRecord
    }

    /// A gap in the unit a person would say it in: minutes, hours, then days.
    private static func duration(_ seconds: TimeInterval) -> String {
        let minutes = Int((seconds / 60).rounded(.up))
        if minutes < 120 { return "\(minutes) 分钟" }
        if minutes < 48 * 60 { return "\(minutes / 60) 小时" }
        return "\(minutes / 1440) 天"
    }
}
