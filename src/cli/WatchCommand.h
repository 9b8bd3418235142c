#pragma once

#include <QStringList>
#include <QTextStream>

namespace fieldlink::cli {

/// `fieldlink-cli watch`: keeps Kixie in sync with HighLevel until SIGTERM (WatchLoop), optionally taking
/// Kixie call events through the webhook inbox in the same process. Returns the exit code.
int runWatch(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace fieldlink::cli
