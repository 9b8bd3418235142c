#pragma once

#include <QStringList>
#include <QTextStream>

namespace fieldlink::cli {

/// Exit codes shared by every command (documented in README.md).
enum ExitCode { Success = 0, Failed = 1, UsageError = 2, Interrupted = 3 };

/// Dispatches `fieldlink-cli <command> [options]`. Returns the process exit code.
int runCommandLine(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace fieldlink::cli
