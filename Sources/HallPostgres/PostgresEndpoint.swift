import Foundation

/// Where the log's database is and whom to log in as: a Unix socket on this machine (the
/// usual set-up, no password, the login is the Unix user's) or a host and port.
public struct PostgresEndpoint: Sendable, Equatable {
    public enum Place: Sendable, Equatable {
        /// The socket file itself, e.g. `/var/run/postgresql/.s.PGSQL.5432`.
        case socket(path: String)
        case host(String, port: Int)
    }

    public var place: Place
    public var user: String
    public var password: String?
    public var database: String

    public init(place: Place, user: String, password: String? = nil, database: String) {
        self.place = place
        self.user = user
        self.password = password
        self.database = database
    }

    /// The server listening in `folder` (its `unix_socket_directories`) on `port`, as
    /// `psql -h folder -p port` would find it.
    public init(socketFolder folder: String, port: Int = 5432, user: String, database: String) {
        self.init(place: .socket(path: "\(folder)/.s.PGSQL.\(port)"), user: user, database: database)
    }
}

extension PostgresEndpoint {
    /// The endpoint a `postgres://` address names, libpq's way:
    /// `postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE`, or for the server's Unix socket
    /// `postgres://USER@/DATABASE?host=/var/run/postgresql` (a `host` that is a folder).
    /// Without a user, the Unix user's name, as `psql` does. Nil when it is not such an address.
    public init?(address: String) {
        guard let parts = URLComponents(string: address), ["postgres", "postgresql"].contains(parts.scheme ?? ""),
              case let database = String(parts.path.drop { $0 == "/" }), !database.isEmpty, !database.contains("/")
        else { return nil }
        let user = parts.user.flatMap { $0.removingPercentEncoding } ?? ProcessInfo.processInfo.environment["USER"] ?? "postgres"
        let port = parts.port ?? 5432
        let socketFolder = parts.queryItems?.first { $0.name == "host" }?.value
        let place: Place
        if let host = parts.host, !host.isEmpty {
            place = host.hasPrefix("/") ? .socket(path: "\(host)/.s.PGSQL.\(port)") : .host(host, port: port)
        } else {
            place = .socket(path: "\(socketFolder ?? "/var/run/postgresql")/.s.PGSQL.\(port)")
        }
        self.init(place: place, user: user, password: parts.password?.removingPercentEncoding, database: database)
    }

    /// How to write an address, for messages.
    public static let addressExample = "postgres://用户名@/数据库名?host=/var/run/postgresql 或 postgres://用户名:密码@主机:5432/数据库名"
}
