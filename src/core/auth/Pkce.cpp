#include "core/auth/Pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace fieldlink::auth {

QByteArray Pkce::randomToken() {
    QByteArray bytes(32, Qt::Uninitialized);
    // The system generator: seeded by the OS, suitable for secrets.
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()), bytes.size() / 4);
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray Pkce::challengeFor(const QByteArray& verifier) {
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

Pkce Pkce::generate() {
    Pkce pkce;
    pkce.verifier = randomToken();
    pkce.challenge = challengeFor(pkce.verifier);
    return pkce;
}

} // namespace fieldlink::auth
