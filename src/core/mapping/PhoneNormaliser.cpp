#include "core/mapping/PhoneNormaliser.h"

#include <phonenumbers/phonenumberutil.h>

namespace fieldlink::mapping {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

PhoneNormaliser::Result PhoneNormaliser::compute(const QString& raw, const QString& region) {
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    Result result;
    if (util->Parse(raw.toStdString(), region.toUpper().toStdString(), &number) !=
        PhoneNumberUtil::NO_PARSING_ERROR)
        return result;
    if (!util->IsValidNumber(number))
        return result;
    std::string formatted;
    util->Format(number, PhoneNumberUtil::E164, &formatted);
    result.e164 = QString::fromStdString(formatted);
    result.extension = QString::fromStdString(number.extension());
    result.valid = true;
    return result;
}

PhoneNormaliser::Result PhoneNormaliser::normalise(const QString& raw, const QString& region) {
    const QString key = region + QChar(0x1F) + raw;
    {
        QMutexLocker lock(&m_mutex);
        auto it = m_cache.constFind(key);
        if (it != m_cache.cend())
            return it.value();
    }
    const Result result = compute(raw, region);
    QMutexLocker lock(&m_mutex);
    if (m_cache.size() >= m_capacity)
        m_cache.clear(); // simple and bounded; a sync touches each number a few times in a row
    m_cache.insert(key, result);
    return result;
}

qsizetype PhoneNormaliser::cacheSize() const {
    QMutexLocker lock(&m_mutex);
    return m_cache.size();
}

} // namespace fieldlink::mapping
