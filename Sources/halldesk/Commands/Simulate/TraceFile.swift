import Foundation
import HallDomain
import HallStore

/// `--trace FILE.csv` read into arrivals, or the command stopped with every bad row named:
/// a trace with a wrong row would replay a day that did not happen, so nothing runs.
enum TraceFile {
    static func read(_ path: String, scenario: SimulationScenario, catalog: Catalog) throws -> [SimulatedArrival] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw fail("无法读取到达记录 \(path)：文件不存在或没有读权限。请检查路径。")
        }
        let trace: ArrivalTrace
        do {
            trace = try ArrivalTrace(bytes: Array(data), scenario: scenario, catalog: catalog)
        } catch {
            throw fail("到达记录 \(path)：\(error.description)")
        }
        let problems = trace.problems
        guard problems.isEmpty else {
            for problem in problems { warn("\(path) \(problem.description)") }
            throw fail("到达记录有 \(problems.count) 行有误（见上），未运行模拟。请改正这些行后再运行；各列的写法见 docs/simulate-trace.md。")
        }
        return trace.arrivals
    }
}
