extension SimulationScenario {
    /// The scenario for replaying recorded `arrivals`: their own count in each hour after
    /// opening replaces the scenario's rates, so the day lasts as long as the record (a
    /// trace into the afternoon is not cut at the scenario's last hour) and the hourly
    /// figures describe the customers who really came. Everything else stays assumed.
    public func replaying(_ arrivals: [SimulatedArrival]) -> SimulationScenario {
        let hours = Int(((arrivals.map(\.minute).max() ?? 0) / 60).rounded(.down)) + 1
        var counts = Array(repeating: 0.0, count: hours)
        for arrival in arrivals { counts[Int(arrival.minute / 60)] += 1 }
        var scenario = self
        scenario.arrivalsPerHour = counts
        return scenario
    }
}
