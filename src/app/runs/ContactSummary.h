#pragma once

#include <QJsonObject>
#include <QString>

namespace fieldlink {

/// "Ana Lima · ana@example.com · +14155552671": what tells contacts apart in a list, from a HighLevel contact
/// or a mapped PowerList row (both have firstName, lastName and email). `phoneKey` names the phone to add
/// ("phone" on a contact; empty for none). Empty when the record carries none of them.
QString contactSummary(const QJsonObject& record, const QString& phoneKey = {});

} // namespace fieldlink
