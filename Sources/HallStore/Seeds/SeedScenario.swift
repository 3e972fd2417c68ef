import Foundation
import HallDomain

/// A simulation scenario file (`seeds/scenarios/*.toml`) read and checked into a
/// `SimulationScenario`. Every number is checked for the range it can take, so a typo is
/// named with its field instead of turning into a strange simulated day.
public enum SeedScenario {
    private struct File: Decodable {
        var name: String
        var day: String
        var opens_at: String
        var counters: Int
        var arrivals_per_hour: [Number]
        var business_mix: [String: Number]
        var residential_share: Number
        var door_enquiry_share: Number
        var door_enquiry_business_type: String
        var door_enquiry_minutes: Number
        var incomplete_documents_share: Number
        var discovery_minutes: Number
        var same_day_return_share: Number
        var return_delay_minutes: Number
        var no_show_share: Number
        var recall_interval_minutes: Number
        var care_share: Number
        var green_channel_share: Number
        var service_dispersion: Number
        var prefill_factor: Number
        var minutes_per_arrival: Number?
    }

    /// A number as people write it in TOML: `60` or `0.75`. TOMLKit decodes an integer
    /// only as an integer, and nobody should have to write `60.0` arrivals.
    private struct Number: Decodable {
        var value: Double

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let integer = try? container.decode(Int.self) {
                value = Double(integer)
            } else {
                value = try container.decode(Double.self)
            }
        }
    }

    /// `NAME` is looked up as `scenarios/NAME.toml` in the seeds folder; anything with a
    /// slash or ending in `.toml` is a path.
    public static func locate(_ nameOrFile: String, seeds: URL) -> URL {
        if nameOrFile.contains("/") || nameOrFile.hasSuffix(".toml") { return URL(fileURLWithPath: nameOrFile) }
        return seeds.appendingPathComponent("scenarios").appendingPathComponent(nameOrFile + ".toml")
    }

    public static func load(_ url: URL, timeZone: String) throws(SeedError) -> SimulationScenario {
        let file = try SeedTOML.decode(File.self, from: url)
        let name = url.lastPathComponent
        func check(_ holds: Bool, _ problem: String) throws(SeedError) {
            if !holds { throw SeedError(file: name, problem: problem) }
        }
        let shares: [(String, Double)] = [
            ("residential_share", file.residential_share.value), ("door_enquiry_share", file.door_enquiry_share.value),
            ("incomplete_documents_share", file.incomplete_documents_share.value),
            ("same_day_return_share", file.same_day_return_share.value), ("no_show_share", file.no_show_share.value),
            ("care_share", file.care_share.value), ("green_channel_share", file.green_channel_share.value),
        ]
        for (field, value) in shares {
            try check((0...1).contains(value), "比例 \(field) 应在 0 到 1 之间（写 0.15 表示 15%），现为 \(value)")
        }
        try check(file.care_share.value + file.green_channel_share.value <= 1, "care_share 与 green_channel_share 之和不能超过 1")
        let minutes: [(String, Double)] = [
            ("door_enquiry_minutes", file.door_enquiry_minutes.value), ("discovery_minutes", file.discovery_minutes.value),
            ("return_delay_minutes", file.return_delay_minutes.value), ("recall_interval_minutes", file.recall_interval_minutes.value),
        ]
        for (field, value) in minutes {
            try check(value > 0 && value < 240, "分钟数 \(field) 应大于 0、小于 240，现为 \(value)")
        }
        try check((1...99).contains(file.counters), "窗口数 counters 应在 1 到 99 之间")
        try check(!file.arrivals_per_hour.isEmpty && file.arrivals_per_hour.count <= 24,
                  "arrivals_per_hour 应按营业后每小时写一个到达人数，1 到 24 个")
        try check(file.arrivals_per_hour.allSatisfy { $0.value >= 0 }, "arrivals_per_hour 里的到达人数不能为负")
        try check(!file.business_mix.isEmpty && file.business_mix.values.allSatisfy { $0.value >= 0 },
                  "[business_mix] 至少写一种业务，权重不能为负")
        try check((0...2).contains(file.service_dispersion.value), "离散度 service_dispersion 应在 0 到 2 之间")
        try check(file.prefill_factor.value > 0 && file.prefill_factor.value <= 1, "预填系数 prefill_factor 应大于 0、不超过 1")
        if let perArrival = file.minutes_per_arrival?.value {
            try check(perArrival > file.door_enquiry_share.value * file.door_enquiry_minutes.value && perArrival < 240,
                      "minutes_per_arrival 应大于一分钟咨询分摊到每人的分钟数、小于 240，现为 \(perArrival)")
        }
        guard let opening = opening(day: file.day, time: file.opens_at, timeZone: timeZone) else {
            throw SeedError(file: name, problem: "day 应写成 \"2026-11-23\"，opens_at 应写成 \"08:30\"")
        }
        return SimulationScenario(
            name: file.name, opening: opening, counters: file.counters, arrivalsPerHour: file.arrivals_per_hour.map(\.value),
            businessMix: file.business_mix.mapValues(\.value), residentialShare: file.residential_share.value,
            doorEnquiryShare: file.door_enquiry_share.value, doorEnquiryBusinessType: file.door_enquiry_business_type,
            doorEnquiryMinutes: file.door_enquiry_minutes.value, incompleteDocumentsShare: file.incomplete_documents_share.value,
            discoveryMinutes: file.discovery_minutes.value, sameDayReturnShare: file.same_day_return_share.value,
            returnDelayMinutes: file.return_delay_minutes.value, noShowShare: file.no_show_share.value,
            recallIntervalMinutes: file.recall_interval_minutes.value, careShare: file.care_share.value,
            greenChannelShare: file.green_channel_share.value, serviceDispersion: file.service_dispersion.value,
            prefillFactor: file.prefill_factor.value, minutesPerArrival: file.minutes_per_arrival?.value
        )
    }

    private static func opening(day: String, time: String, timeZone: String) -> Date? {
        let parts = day.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, let clock = ClockTime(time), let zone = TimeZone(identifier: timeZone) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let components = DateComponents(year: parts[0], month: parts[1], day: parts[2], hour: clock.minutesAfterMidnight / 60,
                                        minute: clock.minutesAfterMidnight % 60)
        guard let date = calendar.date(from: components),
              calendar.dateComponents([.year, .month, .day], from: date) == DateComponents(year: parts[0], month: parts[1], day: parts[2])
        else { return nil }
        return date
    }
}
