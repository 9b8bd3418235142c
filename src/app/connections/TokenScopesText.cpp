#include "app/connections/TokenScopesText.h"

#include "core/api/GhlClient.h"

namespace fieldlink {

QStringList TokenScopesText::required() {
    return {api::GhlScope::contactsRead, api::GhlScope::contactsWrite, api::GhlScope::customFieldsRead};
}

QString TokenScopesText::optional() {
    return api::GhlScope::locationTagsRead;
}

QString TokenScopesText::guideLink() {
    // docs/api.md, "Where a Private Integration Token's scopes are set".
    return QStringLiteral("api.md#where-a-private-integration-tokens-scopes-are-set");
}

QString TokenScopesText::html() {
    QStringList scopes;
    for (const QString& scope : required())
        scopes << QStringLiteral("<code>%1</code>").arg(scope);
    return tr("The token needs the scopes %1, and %2 to offer the location's tags in value maps. "
              "Optional: %3 lets Fieldlink read the open tasks of 50 contacts in one call; without it, "
              "one call per contact. <a href=\"%4\">Where to set them</a>")
        .arg(QLocale().createSeparatedList(scopes), QStringLiteral("<code>%1</code>").arg(optional()),
             QStringLiteral("<code>%1</code>").arg(api::GhlScope::locationTasksRead), guideLink());
}

} // namespace fieldlink
