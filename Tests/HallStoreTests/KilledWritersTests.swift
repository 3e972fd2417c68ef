import Foundation
import HallStore
import XCTest

/// Writer processes killed with SIGKILL at random moments, records of mixed sizes (some
/// close to 1 MiB): every acknowledged append is in the log exactly once, the log verifies,
/// and whatever a kill tore is in quarantine, named by a `logRepaired` record.
final class KilledWritersTests: XCTestCase {
    /// Rounds of kills on one log; a fresh log per round keeps each log (and each
    /// writer's start-up read of it) small enough for a debug build on two cores.
    private let rounds = 10
    private let killsPerRound = 20

    func testTwoHundredKills() throws {
        let logstress = try builtExecutable("logstress")
        var generator = SystemRandomNumberGenerator()
        var repairs = 0
        var acknowledgedTotal = 0
        for round in 0..<rounds {
            let folder = try makeTemporaryFolder(self, "kill\(round)")
            let url = try makeLog(in: folder)
            var acknowledged: [String: Int] = [:]
            for pair in 0..<(killsPerRound / 2) {
                let children = try (0..<2).map { k in
                    try Child(logstress, ["append", "--log", url.path, "--writer", "r\(round)p\(pair)w\(k)",
                                          "--sizes", "mixed", "--seed", "\(round * 1000 + pair * 2 + k)"], outputIn: folder)
                }
                for child in children {
                    usleep(UInt32.random(in: 5_000...120_000, using: &generator))
                    child.kill()
                }
                for child in children {
                    for line in try child.finish() where line.hasPrefix("ack ") {
                        let parts = line.split(separator: " ")
                        acknowledged["\(parts[2])/\(parts[3])"] = Int(parts[1])
                    }
                    XCTAssertEqual(child.process.terminationReason, .uncaughtSignal, "killed, not failed")
                }
            }
            let records = try openLog(url).records(after: 0)
            var seen: [String: Int] = [:]
            for record in records where record.type == "stress" {
                let body = try JSONSerialization.jsonObject(with: record.body) as! [String: Any]
                let key = "\(body["writer"] as! String)/\(body["n"] as! Int)"
                XCTAssertNil(seen[key], "\(key) twice")
                seen[key] = record.seq
            }
            for (key, seq) in acknowledged {
                XCTAssertEqual(seen[key], seq, "acknowledged \(key) at seq \(seq)")
            }
            for record in records where record.type == "logRepaired" {
                repairs += 1
                let body = try JSONSerialization.jsonObject(with: record.body) as! [String: Any]
                let quarantined = try Data(contentsOf: folder.appendingPathComponent(body["quarantineFile"] as! String))
                XCTAssertEqual(quarantined.count, body["bytes"] as? Int)
                XCTAssertEqual(Array(quarantined.prefix(7)), Array(#"{"seq":"#.utf8), "torn bytes start a record")
            }
            XCTAssertEqual(records.map(\.seq), Array(1...records.count))
            let report = LogVerifier.verify(url: url)
            XCTAssertEqual(report.verdict, .valid, report.message)
            acknowledgedTotal += acknowledged.count
        }
        print("KilledWritersTests: \(rounds * killsPerRound) kills, \(acknowledgedTotal) acknowledged appends all present once, \(repairs) torn tails quarantined")
    }
}
