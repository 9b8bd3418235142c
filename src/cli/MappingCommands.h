#pragma once

#include <QStringList>
#include <QTextStream>

namespace fieldlink::cli {

/// `fieldlink-cli validate --profile NAME|FILE [--samples FILE.jsonl] [--custom-fields FILE] [--json]`
int runValidate(const QStringList& arguments, QTextStream& out, QTextStream& err);
/// `fieldlink-cli map --profile NAME|FILE --in FILE.jsonl [--out FILE.jsonl] [--custom-fields FILE]`
int runMap(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace fieldlink::cli
