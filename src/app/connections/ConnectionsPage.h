#pragma once

#include "app/connections/ConnectionDraft.h"
#include "app/connections/ConnectionListModel.h"
#include "app/connections/UntestedChanges.h"
#include "core/api/ApiResult.h"
#include "core/auth/OAuthTokens.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class ConnectionsPage;
}

namespace fieldlink {

class AppContext;
class CheckResultModel;
class ConnectionTester;
class ConnectionTests;
class OAuthConnector;

/// Connections: the saved connections on the left; on the right one connection's HighLevel side (Private
/// Integration Token or OAuth, location, API address) and Kixie side (API key, Business ID, API address),
/// each with its test and "Forget". Secrets go to the keychain only. The connection shown is not necessarily
/// the one in use (ConnectionInUse): "Use this connection" makes it so, and nothing else on the page does.
class ConnectionsPage : public QWidget {
    Q_OBJECT
public:
    explicit ConnectionsPage(AppContext& context, QWidget* parent = nullptr);
    ~ConnectionsPage() override;

    /// Reloads the list and selects `name` (the first connection when empty or absent).
    void reload(const QString& name = {});
    QString currentName() const { return m_loadedName; }
    void testBoth();

Q_SIGNALS:
    /// The connection shown on the page changed (another was selected, or it was saved or removed).
    void currentConnectionChanged(const QString& name, bool sandbox);
    /// A test finished; `service` is "ghl" or "kixie".
    void testFinished(const QString& service, bool passed);
    /// Saving (secrets included) finished.
    void saved(bool ok);
    /// "Start the sandbox" on the banner of a sandbox connection whose sandbox is not running.
    void startSandboxRequested();
    /// A link on the page asks for the user guide, at `document`'s heading `anchor`.
    void userGuideRequested(const QString& document, const QString& anchor);

private:
    /// The pages of ghlAuthStackedWidget, in the order of ghlAuthComboBox.
    enum AuthPage { PrivateTokenPage, OAuthPage };

    void setUpViews();
    void connectForm();
    /// The Test buttons: disabled while their test runs, and testFinished() when it ends.
    void connectTests();
    void showPair(const ConnectionPair& pair);
    void newConnection();
    void removeConnection();
    ConnectionDraft formValues() const;
    void save();
    /// Saves the form once the admin agreed (or nothing needed asking).
    void saveForm(const ConnectionDraft& form);
    void useShownConnection();
    /// The "In use" line, the Use button and the banner of a sandbox that is not running.
    void updateInUse();
    /// How a test of `service` ended: for the save question, and for the connection in use.
    void onTestFinished(UntestedChanges::Side side, bool passed);
    void testGhl();
    void testKixie();
    void connectOAuth();
    void onOAuthFinished(const api::ApiResult& result, const auth::OAuthTokens& tokens);
    void forget(store::SavedConnection::Service service);
    void updateSecretStatus();
    void updateAuthPage();
    void updateAdvancedVisibility();
    void updateKeychainWarning();
    void showStatus(const QString& message, bool problem = false);
    const ConnectionPair* loadedPair() const;
    std::optional<store::SavedConnection> savedSide(store::SavedConnection::Service service) const;

    std::unique_ptr<Ui::ConnectionsPage> m_ui;
    AppContext& m_context;
    ConnectionListModel* m_listModel;
    CheckResultModel* m_ghlChecks;
    CheckResultModel* m_kixieChecks;
    ConnectionTester* m_ghlTester;
    ConnectionTester* m_kixieTester;
    ConnectionTests* m_tests;
    OAuthConnector* m_oauth;
    QString m_loadedName;
    /// Tokens from "Connect in the browser…" not saved yet.
    std::optional<auth::OAuthTokens> m_pendingOAuthTokens;
    UntestedChanges m_untested;
};

} // namespace fieldlink
