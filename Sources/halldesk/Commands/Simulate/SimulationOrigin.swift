/// Where a simulated day's customers came from: drawn from a seed, or replayed from a
/// recorded trace. Said in the output, because the two answer different questions.
enum SimulationOrigin {
    case seed(UInt64)
    case trace(file: String, arrivals: Int)
}
