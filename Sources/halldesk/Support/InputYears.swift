/// The years a date typed by someone (an option, `HALLDESK_NOW`, a report's month) may
/// fall in. Records, calendars and reports only make sense in a sane range; 0000 or 9999
/// are typing slips or attempts to freeze the hall's clock, and a year far in the future
/// stamped on a record would hold every later record back.
enum InputYears {
    static let accepted = 2000...2090

    static func check(_ year: Int, in what: String) throws {
        guard accepted.contains(year) else {
            throw fail("\(what) 的年份 \(year) 超出可接受的范围（\(accepted.lowerBound)–\(accepted.upperBound) 年），请核对日期。")
        }
    }
}
