import Foundation

/// The `ts` field: RFC 3339 in the site's local time with its UTC offset and milliseconds,
/// e.g. `2026-11-23T09:30:00.123+08:00`.
///
/// Written by hand rather than with a date formatter: the bytes go into the hash, so they
/// must not depend on a formatter's locale or version, and this runs on every append.
enum LogTimestamp {
    /// The length of every timestamp this log writes.
    static let length = 29

    static func format(_ date: Date, in timeZone: TimeZone) -> String {
        // Truncate to the millisecond, but with half a microsecond of slack: an instant made
        // from whole milliseconds (as `parse` makes them) can land a hair below in Double.
        let millisSinceEpoch = Int64((date.timeIntervalSince1970 * 1000 + 0.0005).rounded(.down))
        let offsetSeconds = timeZone.secondsFromGMT(for: date)
        let offsetMinutes = offsetSeconds / 60
        let localMillis = millisSinceEpoch + Int64(offsetMinutes) * 60_000
        let (days, millisOfDay) = floorDivide(localMillis, 86_400_000)
        let (year, month, day) = civil(fromDays: days)
        let seconds = millisOfDay / 1000
        var text = ""
        text.reserveCapacity(length)
        text += pad(Int(year), 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
        text += "T" + pad(Int(seconds / 3600), 2) + ":" + pad(Int(seconds / 60 % 60), 2) + ":" + pad(Int(seconds % 60), 2)
        text += "." + pad(Int(millisOfDay % 1000), 3)
        text += (offsetMinutes < 0 ? "-" : "+") + pad(abs(offsetMinutes) / 60, 2) + ":" + pad(abs(offsetMinutes) % 60, 2)
        return text
    }

    /// Whether `text` has the shape this log writes (digits and separators in place).
    static func isWellFormed(_ text: String) -> Bool {
        var text = text
        return text.withUTF8(isWellFormed)
    }

    /// Replay reads a timestamp per record: this works on the string's own bytes, with no
    /// array or table made per call.
    private static func isWellFormed(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count == length else { return false }
        for (index, byte) in bytes.enumerated() {
            switch index {
            case 4, 7: guard byte == UInt8(ascii: "-") else { return false }
            case 10: guard byte == UInt8(ascii: "T") else { return false }
            case 13, 16, 26: guard byte == UInt8(ascii: ":") else { return false }
            case 19: guard byte == UInt8(ascii: ".") else { return false }
            case 23: guard byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") else { return false }
            default: guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return false }
            }
        }
        return true
    }

    /// The instant a well-formed timestamp names, honouring its offset; nil for any other
    /// text. The inverse of `format` to the millisecond.
    static func parse(_ text: String) -> Date? {
        var text = text
        return text.withUTF8 { bytes in
            guard isWellFormed(bytes) else { return nil }
            func number(_ start: Int, _ count: Int) -> Int {
                bytes[start..<(start + count)].reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
            }
            let (year, month, day) = (number(0, 4), number(5, 2), number(8, 2))
            let (hour, minute, second, millis) = (number(11, 2), number(14, 2), number(17, 2), number(20, 3))
            let offsetMinutes = (number(24, 2) * 60 + number(27, 2)) * (bytes[23] == UInt8(ascii: "-") ? -1 : 1)
            guard (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 60 else { return nil }
            let days = daysFromCivil(Int64(year), month, day)
            let localMillis = ((days * 24 + Int64(hour)) * 60 + Int64(minute)) * 60_000 + Int64(second) * 1000 + Int64(millis)
            return Date(timeIntervalSince1970: Double(localMillis - Int64(offsetMinutes) * 60_000) / 1000)
        }
    }

    /// Days since 1970-01-01 of a civil date (H. Hinnant's `days_from_civil`).
    private static func daysFromCivil(_ year: Int64, _ month: Int, _ day: Int) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let m = Int64(month)
        let dayOfYear = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + Int64(day) - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    private static func floorDivide(_ a: Int64, _ b: Int64) -> (Int64, Int64) {
        let q = a >= 0 ? a / b : (a - b + 1) / b
        return (q, a - q * b)
    }

    /// Year, month, day of a day count since 1970-01-01 (H. Hinnant's `civil_from_days`).
    private static func civil(fromDays days: Int64) -> (Int64, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = Int(doy - (153 * mp + 2) / 5 + 1)
        let month = Int(mp < 10 ? mp + 3 : mp - 9)
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
