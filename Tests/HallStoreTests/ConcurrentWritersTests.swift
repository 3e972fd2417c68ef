import Foundation
import HallStore
import XCTest

/// Many writer processes appending at once: `flock` plus the expected-sequence check must
/// give one gapless chain with nothing lost, duplicated or reordered.
final class ConcurrentWritersTests: XCTestCase {
    func testEightProcessesTimesTwoThousandAppends() throws {
        let logstress = try builtExecutable("logstress")
        let folder = try makeTemporaryFolder(self)
        let url = try makeLog(in: folder)
        let writers = try (1...8).map { id in
            try Child(logstress, ["append", "--log", url.path, "--writer", "\(id)", "--count", "2000"], outputIn: folder)
        }
        var acknowledged: [String: Int] = [:]
        for writer in writers {
            let lines = try writer.finish()
            XCTAssertEqual(writer.process.terminationStatus, 0, lines.suffix(3).joined(separator: "\n"))
            for line in lines {
                let parts = line.split(separator: " ")
                XCTAssertEqual(parts.count, 4, line)
                acknowledged["\(parts[2])/\(parts[3])"] = Int(parts[1])
            }
        }
        XCTAssertEqual(acknowledged.count, 16_000)

        let records = try openLog(url).records(after: 0)
        XCTAssertEqual(records.count, 16_000)
        XCTAssertEqual(records.map(\.seq), Array(1...16_000))
        var next: [String: Int] = [:]
        for record in records {
            let body = try JSONSerialization.jsonObject(with: record.body) as! [String: Any]
            let writer = body["writer"] as! String
            let n = body["n"] as! Int
            XCTAssertEqual(n, next[writer, default: 0], "writer \(writer) out of order at seq \(record.seq)")
            next[writer] = n + 1
            XCTAssertEqual(acknowledged["\(writer)/\(n)"], record.seq)
        }
        XCTAssertEqual(next, Dictionary(uniqueKeysWithValues: (1...8).map { ("\($0)", 2000) }))
        let report = LogVerifier.verify(url: url)
        XCTAssertEqual(report.verdict, .valid, report.message)
        XCTAssertEqual(report.recordCount, 16_000)
    }
}
