#pragma once

#include <QStringList>
#include <QTextStream>

namespace fieldlink::cli {

/// `fieldlink-cli events`: Kixie call events (captured in a file) into GHL through a kixie_to_ghl profile.
int runEvents(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace fieldlink::cli
