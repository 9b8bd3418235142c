#include "core/auth/KeychainSecretStore.h"

#include "core/Logging.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QJsonDocument>
#include <QUuid>

namespace fieldlink::auth {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fieldlink::auth::KeychainSecretStore)
};

const auto probeAccount = QStringLiteral("fieldlink-keychain-probe");

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, QObject* parent)
    : SecretStore(parent)
    , m_service(std::move(service)) {
}

void KeychainSecretStore::prepare(QKeychain::Job& job) const {
    // Jobs are not children of the store: the Secret Service answers a job that is already gone with a
    // crash, so each job lives until it has finished and then deletes itself. A store that goes first only
    // drops the answer (its connections end with it).
    job.setAutoDelete(true);
    job.setInsecureFallback(false); // never plaintext
}

SecretError KeychainSecretStore::errorOf(const QKeychain::Job& job) {
    switch (job.error()) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return {SecretError::Kind::NotFound, Tr::tr("No saved credentials for this account.")};
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return {SecretError::Kind::AccessDenied,
                Tr::tr("The system keychain refused access. Unlock it and try again.")};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return {SecretError::Kind::NoBackend, Tr::tr("No system keychain is available on this computer.")};
    default:
        break;
    }
    // QtKeychain 0.13 reports a missing Secret Service as OtherError; its text names the D-Bus failure,
    // never the secret.
    return {SecretError::Kind::Other, Tr::tr("The system keychain failed: %1").arg(job.errorString())};
}

void KeychainSecretStore::read(const QString& account) {
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    prepare(*job);
    job->setKey(account);
    connect(job, &QKeychain::Job::finished, this, [this, account](QKeychain::Job* finished) {
        const SecretError error = errorOf(*finished);
        QJsonObject secret;
        if (error.ok()) {
            const QJsonDocument document =
                QJsonDocument::fromJson(static_cast<QKeychain::ReadPasswordJob*>(finished)->binaryData());
            if (document.isObject()) {
                secret = document.object();
            } else {
                Q_EMIT readFinished(
                    account, {},
                    {SecretError::Kind::Other,
                     Tr::tr("The saved credentials are damaged; connect the account again.")});
                return;
            }
        }
        Q_EMIT readFinished(account, secret, error);
    });
    job->start();
}

void KeychainSecretStore::write(const QString& account, const QJsonObject& secret) {
    auto* job = new QKeychain::WritePasswordJob(m_service);
    prepare(*job);
    job->setKey(account);
    job->setBinaryData(QJsonDocument(secret).toJson(QJsonDocument::Compact));
    connect(job, &QKeychain::Job::finished, this,
            [this, account](QKeychain::Job* finished) { Q_EMIT writeFinished(account, errorOf(*finished)); });
    job->start();
}

void KeychainSecretStore::remove(const QString& account) {
    auto* job = new QKeychain::DeletePasswordJob(m_service);
    prepare(*job);
    job->setKey(account);
    connect(job, &QKeychain::Job::finished, this, [this, account](QKeychain::Job* finished) {
        SecretError error = errorOf(*finished);
        if (error.kind == SecretError::Kind::NotFound)
            error = {}; // forgetting an account that has nothing saved is not a failure
        Q_EMIT removeFinished(account, error);
    });
    job->start();
}

void KeychainSecretStore::probe() {
    const QByteArray marker = QUuid::createUuid().toByteArray();
    auto* write = new QKeychain::WritePasswordJob(m_service);
    prepare(*write);
    write->setKey(probeAccount);
    write->setBinaryData(marker);
    connect(write, &QKeychain::Job::finished, this, [this, marker](QKeychain::Job* written) {
        if (written->error() != QKeychain::NoError) {
            qCInfo(lcAuth) << "keychain probe failed:" << written->error();
            Q_EMIT probeFinished(false, errorOf(*written).message);
            return;
        }
        auto* read = new QKeychain::ReadPasswordJob(m_service);
        prepare(*read);
        read->setKey(probeAccount);
        connect(read, &QKeychain::Job::finished, this, [this, marker](QKeychain::Job* done) {
            const bool same = done->error() == QKeychain::NoError &&
                              static_cast<QKeychain::ReadPasswordJob*>(done)->binaryData() == marker;
            auto* cleanup = new QKeychain::DeletePasswordJob(m_service);
            prepare(*cleanup);
            cleanup->setKey(probeAccount);
            // The answer waits for the clean-up, so no probe job is left running once it is known.
            connect(cleanup, &QKeychain::Job::finished, this, [this, same] {
                Q_EMIT probeFinished(
                    same,
                    same ? QString() : Tr::tr("The system keychain did not return what was saved in it."));
            });
            cleanup->start();
        });
        read->start();
    });
    write->start();
}

} // namespace fieldlink::auth
