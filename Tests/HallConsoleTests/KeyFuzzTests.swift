import Foundation
import HallConsole
import HallDomain
import HallSession
import HallStore
import TermUI
import XCTest

/// The console under 100,000 random keys — invalid code points, ten-thousand-character
/// pastes and resizes down to 10×3 and back included — in every pane, each through the
/// console session `halldesk` runs (a real engine on a real log), which must still verify
/// afterwards.
///
/// Sized for CI; `HALLDESK_FUZZ_KEYS=1000000` runs longer and `HALLDESK_FUZZ_SEED` picks
/// another sequence (README, "Fuzz runs").
final class KeyFuzzTests: XCTestCase {
    private static let environment = ProcessInfo.processInfo.environment
    private static let keyCount = environment["HALLDESK_FUZZ_KEYS"].flatMap(Int.init) ?? 100_000
    private static let seed = environment["HALLDESK_FUZZ_SEED"].flatMap(UInt64.init) ?? 2_026

    /// Who sits at each pane's terminal, and the counter or department it needs.
    private static let desks: [(pane: PaneID, staff: String, counter: Int?, department: String?)] = [
        (.home, "A01", nil, nil), (.guide, "G01", nil, nil), (.counter, "C01", 1, nil), (.coordinator, "K01", nil, nil),
        (.department, "D01", nil, "营销部"), (.manager, "M01", nil, nil), (.reports, "M01", nil, nil), (.eventLog, "A01", nil, nil),
    ]

    func testRandomKeysPastesAndResizesInEveryPaneLeaveAVerifiableLog() throws {
        let folder = try makeTemporaryFolder(self)
        let files = try HallFiles(folder: DataFolder.create(at: folder.appendingPathComponent("data"), seeds: Checkout.seeds, practice: true))
        var keys = RandomKeys(seed: Self.seed)
        // Monday 2026-11-23, 08:45 in the hall: the day opens during the run and ends in it.
        var now = try XCTUnwrap(ISO8601DateFormatter().date(from: "2026-11-23T08:45:00+08:00"))
        try FuzzMorning.open(files, at: now)
        var appendedByKeys = 0
        let perDesk = Self.keyCount / Self.desks.count
        var pressed = 0, frames = 0
        let started = Date()
        for desk in Self.desks {
            let member = try XCTUnwrap(files.roster.member(id: desk.staff))
            let console = FuzzMorning.session(files, member)
            var model = ConsoleModel(start: desk.pane, counter: desk.counter, department: desk.department)
            var size = Size(width: 100, height: 30)
            var sent = 0
            var pasted = false
            while sent < perDesk {
                let burst: [Key?]
                if !pasted, sent > perDesk / 3 {
                    pasted = true
                    burst = keys.paste()
                } else if keys.chance(400) {
                    size = keys.chance(2) ? Size(width: 10, height: 3) : keys.size()
                    burst = [.resize]
                } else if keys.chance(300) {
                    size = Size(width: 100, height: 30)
                    burst = [.resize]
                } else {
                    burst = [keys.next()]
                }
                for key in burst {
                    sent += 1
                    now += 0.4
                    guard let key, key != .resize else { continue }
                    _ = console.poll(showing: model.pane, now: now)
                    let outcome = model.handle(key, facts: console.facts(now: now, showing: model.pane), size: size, state: console.replica.state)
                    for case .done(let events) in console.dispatch(outcome, to: &model, now: now) { appendedByKeys += events.count }
                }
                if burst.count > 1 || burst.first == .resize || sent % 25 == 0 {
                    try checkFrame(model: model, console: console, now: now, size: size, desk: desk.pane)
                    frames += 1
                }
            }
            try checkFrame(model: model, console: console, now: now, size: Size(width: 100, height: 30), desk: desk.pane)
            pressed += sent
        }
        let seconds = Date().timeIntervalSince(started)
        print("key fuzz: \(pressed) keys (seed \(Self.seed)), \(frames) frames, \(appendedByKeys) events appended by keys, "
              + "in \(String(format: "%.1f", seconds)) s")
        let report = LogVerifier.verify(url: files.folder.logURL)
        XCTAssertEqual(report.verdict, .valid, report.message)
        XCTAssertGreaterThan(appendedByKeys, 5, "random keys should have acted through the engine")
    }

    /// Renders a frame and checks it is whole: the size asked for, every row exactly as
    /// wide, no control character in any cell.
    private func checkFrame(model: ConsoleModel, console: ConsoleSession, now: Date, size: Size, desk: PaneID) throws {
        _ = console.poll(showing: model.pane, now: now)
        let facts = console.facts(now: now, showing: model.pane)
        let buffer = ConsoleView.render(model: model, state: console.replica.state, facts: facts, size: size, theme: .standard)
        XCTAssertEqual(buffer.size, size)
        let lines = buffer.textLines()
        let ragged = lines.firstIndex { $0.displayWidth != size.width }
        XCTAssertNil(ragged, "\(desk) at \(size.width)×\(size.height): row \(ragged ?? 0) is \(lines[ragged ?? 0].displayWidth) wide")
        XCTAssertFalse(buffer.cells.contains { $0.character.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) } })
        if ragged != nil { throw BrokenFrame() }
    }

    /// Ends the run at the first broken frame rather than reporting thousands after it.
    private struct BrokenFrame: Error {}
}
