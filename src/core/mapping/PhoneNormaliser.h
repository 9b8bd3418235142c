#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

namespace fieldlink::mapping {

/// E.164 through libphonenumber. Debian's libphonenumber matches with ICU regular expressions, which costs
/// tens of microseconds per unique number, so results are memoised: CRM data and successive sync runs repeat
/// the same numbers. Thread-safe; the cache is bounded.
class PhoneNormaliser {
public:
    struct Result {
        QString e164;      ///< empty when invalid
        QString extension; ///< dropped from E.164, reported
        bool valid = false;
    };

    explicit PhoneNormaliser(qsizetype capacity = 200000)
        : m_capacity(capacity) {}

    /// `region` is an ISO 3166 code used for numbers written without a country code.
    Result normalise(const QString& raw, const QString& region);
    qsizetype cacheSize() const;

private:
    static Result compute(const QString& raw, const QString& region);

    mutable QMutex m_mutex;
    QHash<QString, Result> m_cache;
    qsizetype m_capacity;
};

} // namespace fieldlink::mapping
