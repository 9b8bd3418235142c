#include "core/api/GhlContactShape.h"

#include <QDateTime>

namespace fieldlink::api {

QJsonObject GhlContactShape::fromSearchResult(QJsonObject contact) {
    const auto take = [&contact](const QString& from, const QString& to) {
        if (contact.contains(from)) {
            if (!contact.contains(to))
                contact.insert(to, contact.value(from));
            contact.remove(from);
        }
    };
    take(QStringLiteral("address"), QStringLiteral("address1"));
    take(QStringLiteral("businessName"), QStringLiteral("companyName"));
    const QJsonValue birth = contact.value(QLatin1String("dateOfBirth"));
    if (birth.isDouble()) {
        contact.insert(QStringLiteral("dateOfBirth"),
                       QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(birth.toDouble()), Qt::UTC)
                           .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")));
    }
    if (!contact.contains(QLatin1String("name"))) {
        const QString name = QString(contact.value(QLatin1String("firstName")).toString() + QLatin1Char(' ') +
                                     contact.value(QLatin1String("lastName")).toString())
                                 .trimmed();
        if (!name.isEmpty())
            contact.insert(QStringLiteral("name"), name);
    }
    contact.remove(QStringLiteral("searchAfter"));
    return contact;
}

} // namespace fieldlink::api
