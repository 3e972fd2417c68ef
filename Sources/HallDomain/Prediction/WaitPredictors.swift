/// The predictors the hall knows, and the one whose figure is printed on slips.
public enum WaitPredictors {
    /// Side by side in `predict evaluate`, the yardstick first.
    public static let all: [any WaitPredictor] = [PositionPredictor(), BusinessTypePredictor(), ForwardSimulationPredictor()]

    /// Chosen by evidence: on a simulated peak day (`halldesk simulate --log DIR` then
    /// `halldesk predict evaluate --log DIR`) and on a generated month, the forward
    /// simulation has the smallest median absolute error of the three; docs/predictions.md
    /// keeps the figures and the commands.
    public static let `default`: any WaitPredictor = ForwardSimulationPredictor()
}
