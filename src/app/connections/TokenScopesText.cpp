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
              "<a href=\"%3\">Where to set them</a>")
        .arg(QLocale().createSeparatedList(scopes), QStringLiteral("<code>%1</code>").arg(optional()),
             guideLink());
}

} // namespace fieldlink
