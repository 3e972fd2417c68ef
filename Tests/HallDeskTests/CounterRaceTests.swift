import Foundation
import HallDomain
import HallStore
import XCTest

/// Four counter processes (`logstress counter`, each a clerk's engine) call from one queue
/// as fast as they can until it is empty.
/// Each call is decided on fresh state and appended expecting that state's sequence, so
/// exactly one of two simultaneous calls wins and the other decides again: no slip may be
/// called twice, and none may be left behind. The hall is a practice folder and every
/// process acts at the same hall time (`HALLDESK_NOW`), so a run that crosses midnight in
/// Asia/Shanghai (16:00 UTC) no longer starts a new business day half-way and closes the
/// counters under the workers.
final class CounterRaceTests: XCTestCase {
    func testFourCountersCalling500SlipsNeverCallOneTwice() throws {
        let halldesk = try builtHalldesk()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("race-\(getpid())-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        let data = folder.appendingPathComponent("data")
        XCTAssertEqual(try runToEnd(halldesk, ["init", "--practice", "--data", data.path]), 0)
        let hallTime = "2026-11-23 09:30"

        let dataFolder = DataFolder(url: data)
        let catalog = try SeedCatalog.load(folder: dataFolder.seedsURL)
        let guide = try XCTUnwrap(catalog.roster.member(id: "G01"))
        let engine = try HallEngine(folder: dataFolder, catalog: catalog, actor: guide, terminal: "race")
        let payment = try XCTUnwrap(catalog.businessType(code: "JF"))
        let counters = catalog.counters.filter { $0.queues.contains(payment.queue) }.prefix(4)
        XCTAssertEqual(counters.count, 4, "the seeds have four counters serving queue \(payment.queue)")
        let clerks = catalog.roster.members.filter { $0.roles.contains(.clerk) }.prefix(4)
        XCTAssertEqual(clerks.count, 4)
        let now = try XCTUnwrap(ISO8601DateFormatter().date(from: "2026-11-23T09:30:00+08:00"))
        for _ in 0..<500 {
            try engine.perform(.issueSlip(businessType: payment.code, customerKind: .residential,
                                          presented: payment.checklist(for: .residential), priority: nil, override: nil, phone: nil), now: now)
        }
        for (counter, clerk) in zip(counters, clerks) {
            let opened = try runCapturing(halldesk, ["counter", "open", "--data", data.path, "--staff", clerk.id, "--counter", String(counter.number)],
                                          environment: ["HALLDESK_NOW": hallTime, "HALLDESK_TERMINAL": "counter-\(counter.number)"])
            XCTAssertEqual(opened.status, 0, opened.errors)
        }

        // Each worker is a clerk's own process calling and finishing through a real engine
        // (`logstress counter`), so the four race on the log's lock as four terminals do.
        let logstress = halldesk.deletingLastPathComponent().appendingPathComponent("logstress")
        let workers = try zip(counters, clerks).map { counter, clerk in
            try start(logstress.path, ["counter", "--data", data.path, "--staff", clerk.id, "--counter", String(counter.number),
                                       "--terminal", "counter-\(counter.number)", "--at", "2026-11-23T09:30:00+08:00"], folder: folder)
        }
        let outputs = try workers.map { try $0.finish() }

        let replica = HallReplica(folder: dataFolder)
        XCTAssertNil(replica.alarm)
        var calledBy: [String: [Int]] = [:]
        try EventLog(url: dataFolder.logURL, timeZone: .current, repairActor: "test", repairTerminal: "test").replay(after: 0) { record in
            guard record.type == SlipCalled.type, case .slipCalled(let call)? = try? EventCodec.decode(type: record.type, version: record.version, body: record.body) else { return }
            calledBy[call.slip, default: []].append(call.counter)
        }
        XCTAssertEqual(calledBy.count, 500, "every slip called")
        XCTAssertEqual(calledBy.values.filter { $0.count > 1 }.count, 0, "no slip called twice: \(calledBy.filter { $0.value.count > 1 }.prefix(5))")
        let callsPerWorker = outputs.map { $0.lines.filter { $0.hasPrefix("called ") }.count }
        XCTAssertEqual(callsPerWorker.reduce(0, +), 500, "each call acknowledged once")
        XCTAssertTrue(callsPerWorker.allSatisfy { $0 > 0 }, "all four counters got to call: \(callsPerWorker)")
        XCTAssertTrue(outputs.allSatisfy { $0.status == 0 }, "each worker stopped because a call was refused, never because a finish failed (exit 9)")
        XCTAssertTrue(outputs.allSatisfy { $0.lines.last.map { $0.hasPrefix("refused ") && $0.contains("无人等候") } ?? false },
                      "the last word was that nothing waits: \(outputs.map { $0.lines.last ?? "" })")
        XCTAssertEqual(LogVerifier.verify(url: dataFolder.logURL).verdict, .valid)
    }
}
