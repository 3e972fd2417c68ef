import ArgumentParser
import Foundation
import HallPostgres
import HallStore

/// `postgres://` addresses as commands take and show them, and the store a data folder's
/// `store.toml` names (issue 17): the hall's log and snapshots in PostgreSQL, for every
/// command and console through `HallFiles.store`.
enum PostgresAddress {
    /// The hall `settings` names, in `zone`, once its server has answered; one that cannot
    /// be used ends the command (exit 3) saying what to check.
    static func choice(_ settings: StoreSettings, zone: TimeZone) throws -> StoreChoice {
        let endpoint = try endpoint(settings.url)
        let place = "数据库 \(shown(endpoint)) 中的营业厅 \(settings.hall)"
        do throws(LogFailure) {
            return try StoreChoice.postgres(endpoint: endpoint, hall: settings.hall, timeZone: zone, place: place)
        } catch {
            let detail = if case .serverUnavailable(let detail) = error { detail } else { error.message }
            warn("\(place) 现在用不了（\(detail)）。什么也没有写。请检查：PostgreSQL 服务是否在运行；"
                 + "数据目录里 store.toml 的地址、端口或套接字目录、用户名和密码、数据库名是否写对；"
                 + "本登录是否是 halldesk_console 角色的成员；表结构是否已由数据库所有者安装（halldesk init --store … --install）。")
            throw ExitCode(3)
        }
    }

    /// The endpoint `address` names; a malformed one ends the command with the form to use.
    static func endpoint(_ address: String) throws -> PostgresEndpoint {
        guard let endpoint = PostgresEndpoint(address: address) else {
            throw fail("数据库地址 \(address) 看不懂。请写成 \(PostgresEndpoint.addressExample)。")
        }
        return endpoint
    }

    /// The endpoint for messages: user, place and database, never the password.
    static func shown(_ endpoint: PostgresEndpoint) -> String {
        switch endpoint.place {
        case .socket(let path): "\(endpoint.user)@\(path)/\(endpoint.database)"
        case .host(let host, let port): "\(endpoint.user)@\(host):\(port)/\(endpoint.database)"
        }
    }
}
