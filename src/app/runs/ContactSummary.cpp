#include "app/runs/ContactSummary.h"

#include <QStringList>

namespace fieldlink {

QString contactSummary(const QJsonObject& record, const QString& phoneKey) {
    const QString name = QStringList{record.value(QLatin1String("firstName")).toString(),
                                     record.value(QLatin1String("lastName")).toString()}
                             .join(QLatin1Char(' '))
                             .trimmed();
    QStringList parts;
    for (const QString& part : {name, record.value(QLatin1String("email")).toString(),
                                phoneKey.isEmpty() ? QString() : record.value(phoneKey).toString()}) {
        if (!part.isEmpty())
            parts << part;
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace fieldlink
