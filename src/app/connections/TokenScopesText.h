#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace fieldlink {

/// The scopes a HighLevel Private Integration Token needs for what Fieldlink does with it, as the Connections
/// form lists them — the ones the connection test checks and the API clients ask for (core/api/GhlClient.h) —
/// with a link to the user guide's section on where in HighLevel they are set.
class TokenScopesText {
    Q_DECLARE_TR_FUNCTIONS(fieldlink::TokenScopesText)
public:
    /// Without these, syncs cannot run.
    static QStringList required();
    /// Only the Mapping page's value maps on tags use it.
    static QString optional();
    /// The link the text carries: a user guide document and the anchor of its section.
    static QString guideLink();
    /// Rich text for the form.
    static QString html();
};

} // namespace fieldlink
