import Foundation
import HallStore
import XCTest

/// Live following: another process's append is seen within 250 ms while polling every
/// 100 ms, and polling an unchanged log is cheap and returns nothing.
final class FollowerTests: XCTestCase {
    func testAnotherProcessesAppendIsSeenWithin250ms() throws {
        let logstress = try builtExecutable("logstress")
        let folder = try makeTemporaryFolder(self)
        let url = try makeLog(in: folder)
        let follower = LogFollower(url: url)
        XCTAssertEqual(try follower.poll(), [])
        let parser = ISO8601DateFormatter()
        parser.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        var latencies: [Double] = []
        for writer in 1...5 {
            let child = try Child(logstress, ["append", "--log", url.path, "--writer", "\(writer)", "--count", "1"], outputIn: folder)
            var seen: [LogRecord] = []
            let deadline = Date().addingTimeInterval(10)
            while seen.isEmpty, Date() < deadline {
                seen = try follower.poll()
                if seen.isEmpty { usleep(100_000) }
            }
            let seenAt = Date()
            XCTAssertEqual(try child.finish().count, 1)
            XCTAssertEqual(seen.map(\.seq), [writer])
            let writtenAt = try XCTUnwrap(seen.first.flatMap { parser.date(from: $0.timestamp) })
            latencies.append(seenAt.timeIntervalSince(writtenAt) * 1000)
        }
        print("FollowerTests: append-to-seen latencies (ms) \(latencies.map { Int($0.rounded()) })")
        XCTAssertLessThan(latencies.max() ?? .infinity, 250)
    }

    func testIdlePollsReturnNothingAndPartialLinesWait() throws {
        let url = try makeLog(in: try makeTemporaryFolder(self))
        let log = try openLog(url)
        let follower = LogFollower(url: url)
        XCTAssertEqual(try follower.poll(), [])
        let first = try log.append([record()], expecting: 0)
        XCTAssertEqual(try follower.poll(), first)
        for _ in 0..<1000 { XCTAssertEqual(try follower.poll(), []) }

        let handle = try FileHandle(forWritingTo: url)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(#"{"seq":2,"ts":"#.utf8))
        try handle.close()
        XCTAssertEqual(try follower.poll(), [], "an incomplete line is not written yet")
        XCTAssertEqual(follower.head, first[0].head)
        let second = try openLog(url).records(after: 1)
        XCTAssertEqual(second.map(\.type), ["logRepaired"])
        XCTAssertEqual(try follower.poll(), second, "after the writer's repair the follower reads on")
    }

    func testAFollowerOfAMissingLogSaysSo() {
        let url = URL(fileURLWithPath: "/nonexistent/hall/events.log")
        XCTAssertThrowsError(try LogFollower(url: url).poll()) { XCTAssertEqual($0 as? LogFailure, .missing(path: url.path)) }
    }
}
