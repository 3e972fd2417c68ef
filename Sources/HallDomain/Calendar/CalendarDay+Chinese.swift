/// How days are written in explanations for Chinese readers: 「10月8日 周四」, with the
/// year only when it is not the year the count began in.
extension CalendarDay {
    public static let weekdayNames = ["周一", "周二", "周三", "周四", "周五", "周六", "周日"]

    public var chineseWeekday: String { CalendarDay.weekdayNames[weekday - 1] }

    /// 「10月8日」, or 「2027年1月1日」 when `year` is not `referenceYear`.
    public func chineseDate(referenceYear: Int) -> String {
        (year == referenceYear ? "" : "\(year)年") + "\(month)月\(day)日"
    }

    /// 「10月8日 周四」.
    public func chineseDateAndWeekday(referenceYear: Int) -> String {
        chineseDate(referenceYear: referenceYear) + " " + chineseWeekday
    }
}
