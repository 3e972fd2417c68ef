import Foundation
import HallConsole
import HallDomain
import TermCurses
import TermUI

/// The bureau screen's one thread, like the calling board's: follow every hall's stream,
/// redraw when a figure, the minute or the screen changed, wait up to 100 ms for a key.
/// Halls that start writing while it runs are listed at the next look every ten seconds.
struct BureauLoop {
    let reading: BureauReading
    /// How often the database is asked for new halls.
    private static let listingInterval: TimeInterval = 10

    init(reading: BureauReading) {
        self.reading = reading
    }

    mutating func run(theme: Theme) {
        let terminal = CursesTerminal(theme: theme)
        defer { terminal.end() }
        let start = (try? reading.now()) ?? Date()
        var board = BureauBoard(title: reading.title, now: start, zone: reading.files.timeZone, halls: reading.standings(at: start))
        var shown: (board: BureauBoard, size: Size)?
        var listed = Date()
        var minute = LocalTime(start, in: reading.files.timeZone).minuteText
        while true {
            let listing = Date().timeIntervalSince(listed) >= Self.listingInterval
            if listing { listed = Date() }
            let changed = (try? reading.watch.refresh(listing: listing)) ?? true
            let now = (try? reading.now()) ?? Date()
            let thisMinute = LocalTime(now, in: reading.files.timeZone).minuteText
            if changed || thisMinute != minute {
                minute = thisMinute
                board.update(now: now, halls: reading.standings(at: now),
                             orders: board.opened.flatMap { try? reading.orders(of: $0.hall, at: now) })
            }
            let size = terminal.size
            if shown?.board != board || shown?.size != size {
                terminal.flush(BureauBoard.render(board, size: size, theme: theme))
                shown = (board, size)
            }
            let key = terminal.nextKey(timeoutMilliseconds: 100)
            guard let key else { continue }
            switch board.handle(key, visibleRows: BureauBoard.listRows(height: size.height)) {
            case .quit: return
            case .orders(let hall): board.open(hall, orders: (try? reading.orders(of: hall, at: now)) ?? [])
            case .none: break
            }
        }
    }
}
