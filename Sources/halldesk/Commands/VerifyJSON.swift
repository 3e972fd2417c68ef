import Foundation
import HallStore

/// The verify report as one JSON object, for scripts and monitoring.
enum VerifyJSON {
    private struct Output: Encodable {
        var verdict: String
        var records: Int
        var headSeq: Int
        var headHash: String
        var fileSize: UInt64
        var problem: Problem?
        var message: String
    }

    private struct Problem: Encodable {
        var seq: Int
        var line: Int
        var offset: UInt64
        var code: String
        var followedByValidRecords: Bool
    }

    static func render(_ report: VerifyReport) -> String {
        let output = Output(
            verdict: report.verdict.rawValue, records: report.recordCount, headSeq: report.head.seq, headHash: report.head.hash,
            fileSize: report.fileSize,
            problem: report.problem.map {
                Problem(seq: $0.seq, line: $0.line, offset: $0.offset, code: $0.defect.code, followedByValidRecords: $0.followedByValidRecords)
            },
            message: report.message
        )
        return JSONLine.encode(output)
    }
}
