#pragma once

#include <QString>
#include <QTextStream>

namespace fieldlink::cli {

/// `fieldlink-cli events --inbox`: the webhook inbox's deliveries counted by state, and the newest malformed
/// ones (time, reason, the start of the body) for the admin to inspect.
int printInbox(const QString& databasePath, bool json, QTextStream& out, QTextStream& err);

} // namespace fieldlink::cli
