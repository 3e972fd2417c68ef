import Foundation
import Glibc
import XCTest

/// `halldesk import 95598` of a 1,000+ row export, killed with SIGKILL at random moments
/// (half of them timed to land while the batch is being written): after each kill the log
/// verifies (at worst with a torn tail), the next writer repairs it, and the log then holds
/// all of that import's orders or none of them.
///
/// `HALLDESK_IMPORT_KILLS` sets the number of kills (the issue asks 200; the default keeps a
/// debug build on two shared cores under 60 s: 24 kills took 60 s).
final class ImportKillTests: XCTestCase {
    private let rows = 1_100
    private let killsPerFolder = 10

    private var kills: Int {
        Int(ProcessInfo.processInfo.environment["HALLDESK_IMPORT_KILLS"] ?? "") ?? 20
    }

    func testImportsKilledAtRandomLeaveAllOrNoneOfTheirOrders() throws {
        let halldesk = try builtHalldesk()
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("import-kill-\(getpid())-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: root) }
        let tiny = root.appendingPathComponent("tiny.csv")
        try Data("工单编号,受理时间,业务类型,诉求类别,诉求内容\nT1,2026-11-20 09:00,咨询,TD,下次写入\n".utf8).write(to: tiny)
        let started = Date()
        var outcomes = (all: 0, none: 0, tornBeforeRepair: 0, duringWrite: 0)
        var data = ""
        var fullRun = 1.0
        for kill in 0..<kills {
            if kill % killsPerFolder == 0 {
                data = root.appendingPathComponent("data\(kill)").path
                XCTAssertEqual(try runToEnd(halldesk, ["init", "--data", data]), 0)
            }
            let log = URL(fileURLWithPath: data).appendingPathComponent("events.log")
            let export = root.appendingPathComponent("k\(kill).csv")
            let text = String(repeating: "电压不稳，", count: 200)
            let lines = (1...rows).map { "K\(kill)N\($0),2026-11-20 09:00,咨询,TD,\(text)" }
            try Data((["工单编号,受理时间,业务类型,诉求类别,诉求内容"] + lines).joined(separator: "\n").utf8).write(to: export)

            let sizeBefore = try fileSize(log)
            let began = Date()
            let worker = try start(halldesk.path, ["import", "95598", export.path, "--data", data, "--staff", "K01"], folder: root)
            if kill % 2 == 0 {
                // Wait for the batch to start reaching the file, then kill within a few ms.
                while worker.process.isRunning, try fileSize(log) == sizeBefore, Date().timeIntervalSince(began) < 60 { usleep(100) }
                usleep(UInt32.random(in: 0...3_000))
                if worker.process.isRunning { outcomes.duringWrite += 1 }
            } else {
                usleep(UInt32(Double.random(in: 0...(fullRun * 1.1)) * 1_000_000))
            }
            Glibc.kill(worker.process.processIdentifier, SIGKILL)
            let (status, output) = try worker.finish()
            if worker.process.terminationReason == .exit {
                XCTAssertEqual(status, 0, output.joined(separator: "\n"))
                fullRun = Date().timeIntervalSince(began)
            }

            let verify = try runToEnd(halldesk, ["log", "verify", "--data", data])
            XCTAssertTrue(verify == 0 || verify == 1, "kill \(kill): verify exits \(verify)")
            if verify == 1 { outcomes.tornBeforeRepair += 1 }
            let next = try runCapturing(halldesk, ["import", "95598", tiny.path, "--data", data, "--staff", "K01", "--dry-run"])
            XCTAssertEqual(next.status, 0, "kill \(kill): the next writer \(next.errors)")
            XCTAssertEqual(try runToEnd(halldesk, ["log", "verify", "--data", data]), 0, "kill \(kill): verifies after the repair")

            let orders = try ordersOf(kill, in: log)
            XCTAssertTrue(orders == 0 || orders == rows, "kill \(kill): \(orders) of \(rows) orders")
            if orders == rows { outcomes.all += 1 } else { outcomes.none += 1 }
        }
        let seconds = Int(Date().timeIntervalSince(started))
        print("ImportKillTests: \(kills) kills of a \(rows)-row import in \(seconds) s: \(outcomes.all) all, \(outcomes.none) none, "
              + "\(outcomes.duringWrite) timed into the write, \(outcomes.tornBeforeRepair) left a torn tail that the next writer repaired")
    }

    private func fileSize(_ url: URL) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
    }

    /// How many orders of kill `kill`'s export the log holds (each order's record names its
    /// hotline number `K<kill>N<row>`).
    private func ordersOf(_ kill: Int, in log: URL) throws -> Int {
        let marker = Array(#""hotlineNumber":"K\#(kill)N"#.utf8)
        let bytes = Array(try Data(contentsOf: log))
        var count = 0
        for line in bytes.split(separator: UInt8(ascii: "\n")) where line.count > marker.count {
            if line.firstRange(of: marker) != nil { count += 1 }
        }
        return count
    }
}
