import Foundation

/// Minutes between two instants of the hall's day, never below zero.
///
/// Waits and service times are differences of times stamped by different terminals, and
/// of a record's time and a screen's `now`. A clock stepped back (NTP) or a terminal whose
/// clock runs a little behind would otherwise show a customer who waited −3 minutes and
/// pull averages and forecasts down with it.
public enum ElapsedMinutes {
    public static func between(_ start: Date, _ end: Date) -> Double {
        max(0, end.timeIntervalSince(start)) / 60
    }
}
