import Foundation

/// The simulator's random numbers: SplitMix64, seeded, so a day can be told again from its
/// seed and `--compare` can give every policy the same customers. The system generator
/// cannot be seeded, which would make every comparison a comparison of luck.
public struct SimulationRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in (0, 1]: never 0, so logarithms of it are finite.
    public mutating func unit() -> Double {
        Double(next() >> 11 &+ 1) / Double(UInt64(1) << 53)
    }

    /// Whether an event of probability `share` happens.
    public mutating func chance(_ share: Double) -> Bool {
        unit() <= share
    }

    /// Minutes to the next arrival of a Poisson stream of `ratePerMinute`.
    public mutating func exponential(ratePerMinute: Double) -> Double {
        -log(unit()) / ratePerMinute
    }

    /// A standard normal draw (Box–Muller; the second value is thrown away so that each
    /// draw uses exactly two numbers and a day's sequence does not depend on parity).
    public mutating func normal() -> Double {
        let (u, v) = (unit(), unit())
        return (-2 * log(u)).squareRoot() * cos(2 * Double.pi * v)
    }

    /// A log-normal draw with the given mean and dispersion σ (the standard deviation of
    /// the logarithm): service times are skewed, a few take far longer than the typical.
    public mutating func logNormal(mean: Double, dispersion: Double) -> Double {
        let mu = log(mean) - dispersion * dispersion / 2
        return exp(mu + dispersion * normal())
    }

    /// One index of `weights`, chosen in proportion to its weight.
    public mutating func pick(weights: [Double]) -> Int {
        let total = weights.reduce(0, +)
        var target = unit() * total
        for (index, weight) in weights.enumerated() {
            target -= weight
            if target <= 0 { return index }
        }
        return weights.count - 1
    }
}
