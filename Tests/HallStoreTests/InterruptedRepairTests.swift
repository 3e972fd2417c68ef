import Foundation
import HallStore
import XCTest

/// A writer killed at each step of repairing a torn tail (the `ReplaceStep`/`afterStep`
/// pattern, through `logstress repair`): once the next writer has opened the log, the torn
/// bytes are in exactly one quarantine file, under its final name, named by exactly one
/// `logRepaired` record, no pending file is left, and the log verifies. Before, a kill
/// between the cut and the record left a quarantine file nothing named.
final class InterruptedRepairTests: XCTestCase {
    func testAKillAtAnyStepOfARepairIsFinishedByTheNextWriter() throws {
        let logstress = try builtExecutable("logstress")
        for step in RepairStep.allCases {
            let folder = try makeTemporaryFolder(self, "repair-\(step.rawValue)")
            let url = try makeLog(in: folder)
            let good = try fill(try openLog(url), count: 4)
            let torn = Array(#"{"seq":5,"ts":"2026-11-23T09:"#.utf8)
            try overwrite(url, with: try bytes(of: url) + torn)

            let child = try Child(logstress, ["repair", "--log", url.path, "--kill-after", step.rawValue], outputIn: folder)
            _ = try child.finish()
            XCTAssertEqual(child.process.terminationReason, .uncaughtSignal, "\(step): killed at the step")

            let next = try openLog(url)
            let records = try next.records(after: 0)
            XCTAssertEqual(Array(records.prefix(4)), good, "\(step)")
            let repairs = records.filter { $0.type == "logRepaired" }
            XCTAssertEqual(repairs.count, 1, "\(step): one repair recorded")
            let body = try XCTUnwrap(try JSONSerialization.jsonObject(with: XCTUnwrap(repairs.first).body) as? [String: Any])
            let named = try XCTUnwrap(body["quarantineFile"] as? String)
            let files = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("quarantine").path)
            XCTAssertEqual(files.map { "quarantine/\($0)" }, [named], "\(step): the one file is the one named, no pending left")
            XCTAssertEqual(try bytes(of: folder.appendingPathComponent(named)), torn, "\(step): the torn bytes kept")
            XCTAssertEqual(body["offset"] as? Int, Int(good[3].head.endOffset))
            XCTAssertEqual(LogVerifier.verify(url: url).verdict, .valid, "\(step)")
        }
    }
}
