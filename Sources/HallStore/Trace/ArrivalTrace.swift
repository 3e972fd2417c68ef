import Foundation
import HallDomain

/// A recorded day's arrivals (CSV, see docs/simulate-trace.md) read into simulated
/// customers, so `simulate --trace` replays who really came instead of drawing them. A
/// trace records everyone who came, same-day returns included, so no returns are added;
/// what it does not record (minutes a counter loses finding documents missing) is the
/// scenario's assumption.
public struct ArrivalTrace: Sendable {
    public var encoding: TextEncoding
    /// Every data row in file order, blank lines left out.
    public var rows: [Result<SimulatedArrival, RowProblem>]

    /// Reads `bytes` against the catalog's business types, with times on the `scenario`'s
    /// day in the hall's zone. Fails as a whole only when the file is no table: undecodable
    /// bytes, an unclosed quote, a header without a required column, no rows at all.
    public init(bytes: [UInt8], scenario: SimulationScenario, catalog: Catalog) throws(ImportFailure) {
        let table = try CSVTable<TraceColumn>(bytes: bytes, whenEmpty: "文件是空的：没有表头，也没有到达记录。")
        guard !table.rows.isEmpty else {
            throw ImportFailure(line: table.header.line, "只有表头，没有到达记录：表头下面每一行写一位到达的客户。")
        }
        let reading = TraceRowReading(header: table.header, catalog: catalog, scenario: scenario)
        encoding = table.encoding
        rows = table.rows.map(reading.read)
    }

    public var arrivals: [SimulatedArrival] {
        rows.compactMap { try? $0.get() }
    }

    public var problems: [RowProblem] {
        rows.compactMap { if case .failure(let problem) = $0 { problem } else { nil } }
    }
}
