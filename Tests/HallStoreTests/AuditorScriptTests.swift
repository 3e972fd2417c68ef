import Foundation
import HallStore
import XCTest

/// The Python script in docs/log-format.md is what an auditor would run: it must agree
/// with HallDesk on a good log and catch the same damage, so the document stays true.
final class AuditorScriptTests: XCTestCase {
    func testTheDocumentedScriptChecksALog() throws {
        let doc = Checkout.root.appendingPathComponent("docs/log-format.md")
        let text = try String(contentsOf: doc, encoding: .utf8)
        let start = try XCTUnwrap(text.range(of: "```python\n"))
        let end = try XCTUnwrap(text.range(of: "```", range: start.upperBound..<text.endIndex))
        let script = String(text[start.upperBound..<end.lowerBound])
        XCTAssertLessThanOrEqual(script.split(separator: "\n").count, 25, "an auditor's script stays short")
        guard system(["python3", "-c", "pass"]) == 0 else { throw XCTSkip("python3 is not installed") }

        let folder = try makeTemporaryFolder(self)
        let scriptURL = folder.appendingPathComponent("audit.py")
        try Data(script.utf8).write(to: scriptURL)
        let url = try makeLog(in: folder)
        let log = try openLog(url)
        try fill(log, count: 20)
        _ = try log.append([record("意见", #"{"text":"带\"引号\"和\\反斜杠","n":1}"#, actor: "张\"三")], expecting: 20)

        func audit() throws -> (Int32, String) {
            let child = try Child(URL(fileURLWithPath: "/usr/bin/env"), ["python3", scriptURL.path, url.path], outputIn: folder)
            let output = try child.finish().joined(separator: "\n")
            return (child.process.terminationStatus, output)
        }
        let (status, output) = try audit()
        XCTAssertEqual(status, 0, output)
        XCTAssertEqual(output, "ok: 21 records, head 21:\(log.head.hash)")

        let original = try bytes(of: url)
        var damaged = original
        damaged[lineRanges(original)[6].lowerBound + 50] ^= 0x01
        try overwrite(url, with: damaged)
        XCTAssertEqual(try audit().1, "line 7 (seq 7) is bad")

        try overwrite(url, with: Array(original.dropLast(5)))
        XCTAssertEqual(try audit().1, "line 21 is incomplete (torn tail)")

        try overwrite(url, with: original)
        let batch = try openLog(url).append([record(), record(), record()], expecting: 21)
        XCTAssertEqual(try audit().1, "ok: 25 records, head 25:\(batch[2].hash)")
        try overwrite(url, with: Array(try bytes(of: url)[0..<Int(batch[1].head.endOffset)]))
        XCTAssertEqual(try audit().1, "line 22 is incomplete (torn tail)", "a batch without its last record, every line whole")
    }
}
