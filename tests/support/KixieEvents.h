#pragma once

#include <QJsonObject>
#include <QString>

namespace fieldlink::test {

/// A Kixie webhook payload as the sandbox sends it (docs/api.md, "Kixie: webhook deliveries").
inline QJsonObject kixieCallEvent(const QString& externalId, const QString& event, const QString& contactId,
                                  const QString& phone,
                                  const QString& disposition = QStringLiteral("Call Back")) {
    const QJsonObject details{{QStringLiteral("callid"), externalId},
                              {QStringLiteral("externalid"), externalId},
                              {QStringLiteral("calldate"), QStringLiteral("2026-11-20T15:04:05.000Z")},
                              {QStringLiteral("duration"), 125},
                              {QStringLiteral("fname"), QStringLiteral("Alex")},
                              {QStringLiteral("lname"), QStringLiteral("Rivera")},
                              {QStringLiteral("tonumber164"), phone},
                              {QStringLiteral("calltype"), QStringLiteral("outgoing")},
                              {QStringLiteral("callstatus"), QStringLiteral("answered")},
                              {QStringLiteral("contactid"), contactId}};
    QJsonObject data{{QStringLiteral("hookevent"), event},
                     {QStringLiteral("externalid"), externalId},
                     {QStringLiteral("contactid"), contactId},
                     {QStringLiteral("phone"), phone},
                     {QStringLiteral("note"), QStringLiteral("Call me Tuesday")},
                     {QStringLiteral("callDetails"), details}};
    if (event == QLatin1String("disposition"))
        data.insert(QStringLiteral("disposition"), disposition);
    return QJsonObject{{QStringLiteral("data"), data}};
}

} // namespace fieldlink::test
