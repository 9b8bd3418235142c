#pragma once

#include "core/mapping/FieldCatalog.h"
#include "core/mapping/Profile.h"

#include <QJsonArray>
#include <QList>
#include <QSet>

namespace fieldlink::mapping {

struct MatchProposal {
    QString target;
    QString source;
    double confidence = 0; ///< 0..1
    QString reason;        ///< translated, for the admin
    QJsonArray transforms; ///< a sensible chain to start from
};

/// Proposes rules for targets no rule fills yet: by normalised name, by synonyms (phone ~ phoneNumber ~
/// mobile; company ~ companyName ~ businessName; notes -> nextCallRefresher) and by name similarity. Custom
/// fields nobody maps become extra PowerList columns. Never proposes a target that is already mapped.
class AutoMatcher {
public:
    static QList<MatchProposal> propose(const QSet<QString>& mappedTargets, const QSet<QString>& usedSources,
                                        const FieldCatalog& sources, const FieldCatalog& targets);
    /// 0..1, 1 for equal after normalising (Levenshtein over the normalised names).
    static double similarity(const QString& a, const QString& b);
    static QString normalise(const QString& name);
};

} // namespace fieldlink::mapping
