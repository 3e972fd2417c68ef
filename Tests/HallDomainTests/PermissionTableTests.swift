import XCTest
@testable import HallDomain

/// `docs/permissions.md` is the matrix as `halldesk staff permissions` prints it, so the
/// document cannot drift from the rules.
final class PermissionTableTests: XCTestCase {
    func testTheDocumentHoldsTheTableTheMatrixPrints() throws {
        let docs = Checkout.root.appendingPathComponent("docs/permissions.md")
        let text = try String(contentsOf: docs, encoding: .utf8)
        XCTAssertTrue(text.contains(PermissionTable.markdown()),
                      "docs/permissions.md is out of date: paste the output of `halldesk staff permissions` into it")
    }

    func testEveryRoleHasSomethingToDo() {
        for role in Role.allCases {
            XCTAssertFalse(PermissionMatrix.actions(of: role).isEmpty, role.rawValue)
        }
        XCTAssertEqual(PermissionMatrix.actions(of: .admin), [.setPin])
    }
}
