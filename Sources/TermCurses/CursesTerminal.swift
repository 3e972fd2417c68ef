import CNcursesw
import Glibc
import TermUI

/// The real terminal, through ncursesw: set-up and teardown, the screen size, flushing a
/// `Buffer` as a diff, and reading keys.
///
/// All curses calls belong on one thread; the console's loop owns the terminal. Only
/// one instance can be live at a time, because curses itself has one screen.
public final class CursesTerminal {
    let palette: CursesPalette
    /// What the screen shows now, as far as we know; nil forces a full redraw.
    var shown: Buffer?
    /// Set after a resize: curses' idea of the screen is stale, so repaint everything.
    var needsClear = false
    private var ended = false

    /// Sets the locale (a UTF-8 one, or wide characters come out as garbage), starts curses
    /// and, when the terminal has colours, `NO_COLOR` is unset and the theme uses colour,
    /// starts colours on the terminal's default background. Otherwise only bold, reverse,
    /// underline and dim are used. As with any curses program, an unknown `TERM` makes
    /// `initscr` print its error and exit.
    public init(theme: Theme) {
        setlocale(LC_ALL, "")
        if !Self.codesetIsUTF8() {
            setlocale(LC_ALL, "C.UTF-8")
        }
        initscr()
        cbreak()
        noecho()
        nonl()
        keypad(halldesk_stdscr(), true)
        Self.defineExtraSequences()
        set_escdelay(25)
        curs_set(0)
        let colour = theme.hasColour && has_colors() && !Self.noColorRequested()
        if colour {
            start_color()
            use_default_colors()
        }
        palette = CursesPalette(theme: colour ? theme : theme.withoutColour, colours: colour ? Int(halldesk_colors()) : 0)
        Self.restoreTerminalOnSignals()
    }

    deinit {
        end()
    }

    /// The terminal's size now; curses updates it when a resize is read as a key.
    public var size: Size {
        Size(width: Int(halldesk_cols()), height: Int(halldesk_lines()))
    }

    /// Gives the terminal back (`endwin`). Safe to call more than once.
    public func end() {
        guard !ended else { return }
        ended = true
        endwin()
    }

    private static func codesetIsUTF8() -> Bool {
        guard let codeset = halldesk_codeset() else { return false }
        let name = String(cString: codeset).lowercased().filter { $0 != "-" && $0 != "_" }
        return name == "utf8"
    }

    /// `NO_COLOR` (no-color.org): set and not empty means no colour, whatever its value.
    private static func noColorRequested() -> Bool {
        guard let value = getenv("NO_COLOR") else { return false }
        return value.pointee != 0
    }

    /// Ctrl-C or a `kill` must not leave the terminal in raw, no-echo mode. The handler
    /// only restores the terminal and exits; the event log is durable at every append, so
    /// nothing acknowledged is lost by not unwinding.
    private static func restoreTerminalOnSignals() {
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            signal(signalNumber) { received in
                endwin()
                _exit(128 + received)
            }
        }
    }
}
