#pragma once

#include <QJsonObject>
#include <QStringList>

namespace fieldlink::api {

/// The request bodies GHL accepts. GHL rejects any property its DTO does not list with 422 "property X should
/// not exist", so every body is cut down to its DTO before it is sent.
class GhlRequestBodies {
public:
    enum class Dto {
        CreateContact,
        UpsertContact,
        UpdateContact,
        CreateTask,
        UpdateTask,
        CreateNote,
        UpdateNote,
        Tags
    };

    struct Sanitised {
        QJsonObject body;
        QStringList dropped; ///< properties removed because the DTO does not allow them
    };

    /// `sendCompanyNameOnUpdate`: companyName is missing from UpdateContactDto but whether the live API
    /// refuses it is unconfirmed; a connection setting decides.
    static Sanitised sanitise(Dto dto, const QJsonObject& body, bool sendCompanyNameOnUpdate = false);
};

} // namespace fieldlink::api
