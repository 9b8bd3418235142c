#pragma once

#include "sandbox/SandboxServer.h"
#include "support/HttpProbe.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QUrlQuery>

#include <memory>

class QNetworkAccessManager;

namespace fieldlink::test {

/// An in-process sandbox on a random loopback port, with the credentials it hands out.
class SandboxFixture {
public:
    explicit SandboxFixture(sandbox::SandboxOptions options = defaultOptions());
    ~SandboxFixture();

    static sandbox::SandboxOptions defaultOptions();
    /// The default options with a GHL budget too wide to matter, for tests about something else than pacing.
    static sandbox::SandboxOptions fastOptions();
    /// fastOptions() where every answer takes `delayMs`, so a run is still under way when a test acts on it.
    static sandbox::SandboxOptions slowOptions(int delayMs);

    bool started() const { return m_started; }
    QString baseUrl() const;
    QJsonObject credentials() const { return m_credentials; }
    QString ghlToken() const;
    QString readonlyToken() const;
    QString locationId() const;
    QString kixieApiKey() const;
    QString kixieBusinessId() const;
    /// A probe preset with the full-scope GHL token.
    HttpProbe probe() const;
    /// (id, phone) of up to `count` seeded contacts whose phone is a North American number (0: all), in the
    /// sandbox's order: contacts a call can be made to.
    QList<std::pair<QString, QString>> northAmericanContacts(int count = 0);
    /// A POST /oauth/token form with the sandbox's OAuth client credentials and `grantType`.
    QUrlQuery oauthTokenForm(const QString& grantType) const;
    /// `body` plus the Kixie credentials.
    QJsonObject withKixieCredentials(QJsonObject body) const;
    /// A network manager for clients under test. It goes before the server does, so no keep-alive connection
    /// is left for the server to wait out when it stops.
    QNetworkAccessManager* network();
    /// The FIELDLINK_* variables fieldlink-cli reads its connection from, pointing at this sandbox.
    QProcessEnvironment cliEnvironment() const;

private:
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network; // declared after m_server: destroyed first
    QJsonObject m_credentials;
    bool m_started = false;
};

} // namespace fieldlink::test
