#include "app/connections/UntestedChanges.h"

#include <QCryptographicHash>
#include <QStringList>

namespace fieldlink {

QByteArray UntestedChanges::fingerprint(Side side, const ConnectionDraft& draft) {
    // What a test of the side depends on. Hashed, so the record keeps no copy of a secret.
    QStringList values;
    if (side == Side::Ghl) {
        values << (draft.oauth ? QStringLiteral("oauth") : QStringLiteral("token")) << draft.locationId
               << draft.ghlBaseUrl;
        if (draft.oauth)
            values << draft.oauthClientId << draft.oauthClientSecret
                   << QString::number(draft.oauthRedirectPort)
                   << (draft.pendingOAuth ? draft.pendingOAuth->accessToken : QString());
        else
            values << draft.ghlToken;
    } else {
        values << draft.kixieApiKey << draft.kixieBusinessId << draft.kixieBaseUrl;
    }
    return QCryptographicHash::hash(values.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha256);
}

void UntestedChanges::load(const ConnectionDraft& shown) {
    for (const Side side : {Side::Ghl, Side::Kixie})
        record(side) = Record{fingerprint(side, shown), {}, std::nullopt};
}

void UntestedChanges::testStarted(Side side, const ConnectionDraft& tested) {
    record(side).tested = fingerprint(side, tested);
    record(side).passed.reset();
}

void UntestedChanges::testFinished(Side side, bool passed) {
    if (!record(side).tested.isEmpty())
        record(side).passed = passed;
}

UntestedChanges::State UntestedChanges::state(Side side, const ConnectionDraft& now) const {
    const Record& entry = record(side);
    const QByteArray current = fingerprint(side, now);
    if (entry.tested == current && entry.passed)
        return *entry.passed ? State::Passed : State::Failed;
    return current == entry.shown ? State::Unchanged : State::Untested;
}

bool UntestedChanges::lastTestWasOfTheShownValues(Side side) const {
    return !record(side).tested.isEmpty() && record(side).tested == record(side).shown;
}

QString UntestedChanges::saveQuestion(const ConnectionDraft& now) const {
    QStringList reasons;
    for (const Side side : {Side::Ghl, Side::Kixie}) {
        const bool ghl = side == Side::Ghl;
        switch (state(side, now)) {
        case State::Failed:
            reasons << (ghl ? tr("The HighLevel test failed.") : tr("The Kixie test failed."));
            break;
        case State::Untested:
            reasons << (ghl ? tr("HighLevel was changed and has not been tested since.")
                            : tr("Kixie was changed and has not been tested since."));
            break;
        case State::Unchanged:
        case State::Passed:
            break;
        }
    }
    if (reasons.isEmpty())
        return {};
    return tr("%1 A connection that does not work stops every run that uses it. Save anyway?")
        .arg(reasons.join(QLatin1Char(' ')));
}

} // namespace fieldlink
