#pragma once

#include <QStringList>
#include <QTextStream>

namespace fieldlink::cli {

/// `fieldlink-cli sync`: a GHL → Kixie sync run (or dry run) of a saved or default profile.
int runSync(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace fieldlink::cli
