import Foundation
import GangwayPayments
import GangwayServer
import GangwayStore

extension CommandContext {
    /// The ЮKassa client from `GANGWAY_YOOKASSA_SHOP_ID`/`GANGWAY_YOOKASSA_SECRET_KEY` and
    /// `payments.yookassa_api_url`, or nil when the variables are not set.
    func yookassaClient() -> YooKassaClient? {
        guard let credentials = YooKassaCredentials(environment: environment.variables),
            let url = URL(string: configuration.payments.yookassaAPIURL)
        else { return nil }
        return YooKassaClient(credentials: credentials, baseURL: url)
    }

    /// ``yookassaClient()``, or a failure (exit 69) that names the missing variables.
    func requireYooKassaClient() throws -> YooKassaClient {
        guard let client = yookassaClient() else {
            throw CommandFailure(
                "ЮKassa is not set up: \(YooKassaCredentials.shopIDVariable) and "
                    + "\(YooKassaCredentials.secretKeyVariable) must be in the environment",
                exitCode: CommandFailure.unavailable)
        }
        return client
    }

    /// The ЮKassa operations of the batch commands (refunds, settlement receipts, `--from-api`),
    /// with the receipt settings of the configuration; fails with 69 when ЮKassa is not set up.
    func yookassaOperations(_ database: AppDatabase) throws -> YooKassaOperations {
        YooKassaOperations(
            database: database, client: try requireYooKassaClient(), vatCode: configuration.checkout.vatCode,
            taxSystemCode: taxSystemCode, clock: clock)
    }

    /// The 54-FZ `tax_system_code` to send, or nil to leave it to the shop (0 in the config).
    var taxSystemCode: Int? {
        configuration.payments.taxSystemCode == 0 ? nil : configuration.payments.taxSystemCode
    }
}
