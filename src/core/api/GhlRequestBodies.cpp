#include "core/api/GhlRequestBodies.h"

#include <QSet>

namespace fieldlink::api {
namespace {

QSet<QString> contactFields() {
    // CreateContactDto without locationId.
    return {
        QStringLiteral("firstName"),   QStringLiteral("lastName"),     QStringLiteral("name"),
        QStringLiteral("email"),       QStringLiteral("gender"),       QStringLiteral("phone"),
        QStringLiteral("address1"),    QStringLiteral("city"),         QStringLiteral("state"),
        QStringLiteral("postalCode"),  QStringLiteral("website"),      QStringLiteral("timezone"),
        QStringLiteral("dnd"),         QStringLiteral("dndSettings"),  QStringLiteral("inboundDndSettings"),
        QStringLiteral("tags"),        QStringLiteral("customFields"), QStringLiteral("source"),
        QStringLiteral("dateOfBirth"), QStringLiteral("country"),      QStringLiteral("companyName"),
        QStringLiteral("assignedTo")};
}

QSet<QString> allowedFields(GhlRequestBodies::Dto dto, bool sendCompanyNameOnUpdate) {
    using Dto = GhlRequestBodies::Dto;
    switch (dto) {
    case Dto::CreateContact:
        return contactFields() + QSet<QString>{QStringLiteral("locationId")};
    case Dto::UpsertContact:
        return contactFields() +
               QSet<QString>{QStringLiteral("locationId"), QStringLiteral("createNewIfDuplicateAllowed")};
    case Dto::UpdateContact: {
        QSet<QString> fields = contactFields();
        fields.remove(QStringLiteral("gender"));
        if (!sendCompanyNameOnUpdate)
            fields.remove(QStringLiteral("companyName"));
        return fields;
    }
    case Dto::CreateTask:
    case Dto::UpdateTask:
        return {QStringLiteral("title"), QStringLiteral("body"), QStringLiteral("dueDate"),
                QStringLiteral("completed"), QStringLiteral("assignedTo")};
    case Dto::CreateNote:
    case Dto::UpdateNote:
        return {QStringLiteral("body"), QStringLiteral("userId"), QStringLiteral("title"),
                QStringLiteral("color"), QStringLiteral("pinned")};
    case Dto::Tags:
        return {QStringLiteral("tags")};
    }
    return {};
}

} // namespace

GhlRequestBodies::Sanitised GhlRequestBodies::sanitise(Dto dto, const QJsonObject& body,
                                                       bool sendCompanyNameOnUpdate) {
    const QSet<QString> allowed = allowedFields(dto, sendCompanyNameOnUpdate);
    Sanitised result;
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (allowed.contains(it.key()))
            result.body.insert(it.key(), it.value());
        else
            result.dropped << it.key();
    }
    return result;
}

} // namespace fieldlink::api
