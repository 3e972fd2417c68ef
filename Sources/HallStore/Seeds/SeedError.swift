/// A seed file (`hall.toml`, `staff.toml`, a theme) that cannot be used as it stands.
/// The message names the file and what to change; nothing is loaded half-way.
public struct SeedError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var problem: String

    public init(file: String, problem: String) {
        self.file = file
        self.problem = problem
    }

    public var description: String { "配置文件 \(file) 有误：\(problem)。请改正该文件后重试。" }
}
