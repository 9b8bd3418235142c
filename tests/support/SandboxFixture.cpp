#include "support/SandboxFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QtTest>

namespace fieldlink::test {

sandbox::SandboxOptions SandboxFixture::defaultOptions() {
    sandbox::SandboxOptions options;
    options.contacts = 60;
    options.seed = 42;
    return options;
}

sandbox::SandboxOptions SandboxFixture::fastOptions() {
    sandbox::SandboxOptions options = defaultOptions();
    options.ghlLimits.burstLimit = 5000;
    options.ghlLimits.windowMs = 1000;
    return options;
}

sandbox::SandboxOptions SandboxFixture::slowOptions(int delayMs) {
    sandbox::SandboxOptions options = fastOptions();
    options.faults.slow = 1.0;
    options.faults.slowDelayMs = delayMs;
    return options;
}

QProcessEnvironment SandboxFixture::cliEnvironment() const {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FIELDLINK_GHL_BASE_URL"), baseUrl());
    env.insert(QStringLiteral("FIELDLINK_GHL_TOKEN"), ghlToken());
    env.insert(QStringLiteral("FIELDLINK_GHL_LOCATION_ID"), locationId());
    env.insert(QStringLiteral("FIELDLINK_KIXIE_BASE_URL"), baseUrl());
    env.insert(QStringLiteral("FIELDLINK_KIXIE_API_KEY"), kixieApiKey());
    env.insert(QStringLiteral("FIELDLINK_KIXIE_BUSINESS_ID"), kixieBusinessId());
    return env;
}

SandboxFixture::SandboxFixture(sandbox::SandboxOptions options)
    : m_server(std::make_unique<sandbox::SandboxServer>(std::move(options))) {
    std::string error;
    m_started = m_server->start(&error);
    if (!m_started) {
        qWarning("sandbox did not start: %s", error.c_str());
        return;
    }
    m_credentials = QJsonDocument::fromJson(QByteArray::fromStdString(m_server->credentialsJson())).object();
}

SandboxFixture::~SandboxFixture() = default;

QNetworkAccessManager* SandboxFixture::network() {
    if (!m_network)
        m_network = std::make_unique<QNetworkAccessManager>();
    return m_network.get();
}

QString SandboxFixture::baseUrl() const {
    return QString::fromStdString(m_server->baseUrl());
}

QString SandboxFixture::ghlToken() const {
    return m_credentials[QStringLiteral("ghl")][QStringLiteral("token")].toString();
}

QString SandboxFixture::readonlyToken() const {
    return m_credentials[QStringLiteral("ghl")][QStringLiteral("readonlyToken")].toString();
}

QString SandboxFixture::locationId() const {
    return m_credentials[QStringLiteral("ghl")][QStringLiteral("locationId")].toString();
}

QString SandboxFixture::kixieApiKey() const {
    return m_credentials[QStringLiteral("kixie")][QStringLiteral("apiKey")].toString();
}

QString SandboxFixture::kixieBusinessId() const {
    return m_credentials[QStringLiteral("kixie")][QStringLiteral("businessId")].toString();
}

HttpProbe SandboxFixture::probe() const {
    HttpProbe probe(baseUrl());
    probe.setGhlToken(ghlToken());
    return probe;
}

QUrlQuery SandboxFixture::oauthTokenForm(const QString& grantType) const {
    const QJsonObject ghl = m_credentials[QStringLiteral("ghl")].toObject();
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("client_id"), ghl[QStringLiteral("oauthClientId")].toString());
    form.addQueryItem(QStringLiteral("client_secret"), ghl[QStringLiteral("oauthClientSecret")].toString());
    form.addQueryItem(QStringLiteral("grant_type"), grantType);
    return form;
}

QJsonObject SandboxFixture::withKixieCredentials(QJsonObject body) const {
    body[QStringLiteral("apikey")] = kixieApiKey();
    body[QStringLiteral("businessid")] = kixieBusinessId();
    return body;
}

QList<std::pair<QString, QString>> SandboxFixture::northAmericanContacts(int count) {
    QList<std::pair<QString, QString>> found;
    const QJsonArray all =
        probe().state().value(QLatin1String("ghl")).toObject().value(QLatin1String("contacts")).toArray();
    for (const QJsonValue& contact : all) {
        const QString phone = contact.toObject().value(QLatin1String("phone")).toString();
        if (phone.startsWith(QLatin1String("+1")) && (count == 0 || found.size() < count))
            found.append({contact.toObject().value(QLatin1String("id")).toString(), phone});
    }
    return found;
}

} // namespace fieldlink::test
