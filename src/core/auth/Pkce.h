#pragma once

#include <QByteArray>

namespace fieldlink::auth {

/// RFC 7636 Proof Key for Code Exchange with S256, built by hand because Qt 6.4's OAuth flow has none.
struct Pkce {
    QByteArray verifier;  ///< 43 characters of base64url from 32 random bytes
    QByteArray challenge; ///< base64url(SHA-256(verifier)), no padding

    static Pkce generate();
    static QByteArray challengeFor(const QByteArray& verifier);
    /// 32 random bytes as base64url, for `state`.
    static QByteArray randomToken();
};

} // namespace fieldlink::auth
