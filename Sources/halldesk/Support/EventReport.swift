import Foundation
import HallConsole
import HallDomain
import TermUI

/// What an acting command prints: one Chinese line per event for people, or one JSON
/// object per event (`seq`, `ts`, `actor`, `terminal`, `type`, `v`, `body`) for scripts.
enum EventReport {
    static func print(_ events: [RecordedEvent], json: Bool) {
        for recorded in events {
            // `print` here is this enum's own; the module's inert `print` is spelled out.
            Swift.print(InertText.lines(json ? line(recorded) : "#\(recorded.seq) \(EventDescription.text(for: recorded.event))"))
        }
    }

    private static func line(_ recorded: RecordedEvent) -> String {
        let encoded = EventCodec.encode(recorded.event)
        return JSONLine.encode(RecordEnvelope(seq: recorded.seq, ts: recorded.timestamp, actor: recorded.actor, terminal: recorded.terminal,
                                              type: encoded.type, v: encoded.version, hash: nil), body: encoded.body)
    }
}
