import Foundation
import HallDomain

/// `hall.toml` as written by people, checked and turned into a `HallProfile`.
public enum SeedHall {
    private struct File: Decodable {
        var name: String
        var station: String
        var time_zone: String
        var wait_target_minutes: Int
        var opening_hours: [Period]
    }

    private struct Period: Decodable {
        var start: String
        var end: String
    }

    public static func load(_ url: URL) throws(SeedError) -> HallProfile {
        let file = try SeedTOML.decode(File.self, from: url)
        let name = url.lastPathComponent
        guard !file.name.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw SeedError(file: name, problem: "营业厅名称 name 不能为空")
        }
        guard TimeZone(identifier: file.time_zone) != nil else {
            throw SeedError(file: name, problem: "时区 time_zone「\(file.time_zone)」不存在，应写成 Asia/Shanghai 这样的名称")
        }
        guard (1...240).contains(file.wait_target_minutes) else {
            throw SeedError(file: name, problem: "等候目标 wait_target_minutes 应在 1 到 240 分钟之间")
        }
        guard !file.opening_hours.isEmpty else {
            throw SeedError(file: name, problem: "至少要有一段营业时间 [[opening_hours]]")
        }
        var periods: [OpeningPeriod] = []
        for (index, period) in file.opening_hours.enumerated() {
            guard let start = ClockTime(period.start), let end = ClockTime(period.end), start < end else {
                throw SeedError(file: name, problem: "第 \(index + 1) 段营业时间应写成 start = \"08:30\", end = \"12:00\"，且开始早于结束")
            }
            if let previous = periods.last, start < previous.end {
                throw SeedError(file: name, problem: "第 \(index + 1) 段营业时间与前一段重叠或顺序颠倒")
            }
            periods.append(OpeningPeriod(start: start, end: end))
        }
        return HallProfile(
            name: file.name, station: file.station, timeZone: file.time_zone,
            waitTargetMinutes: file.wait_target_minutes, openingHours: periods
        )
    }
}
