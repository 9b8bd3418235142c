#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include "core/sync/RunLease.h"

#include <optional>

namespace fieldlink::cli {

/// Exit codes shared by every command (documented in README.md).
enum ExitCode { Success = 0, Failed = 1, UsageError = 2, Interrupted = 3 };

/// `--resume [RUN]`: QCommandLineParser has no optional values, so the flag and a run number right after it
/// are taken out of `arguments` here. Returns 0 when absent, -1 when given without a number (the newest
/// interrupted run), else the run.
qint64 takeResumeArgument(QStringList& arguments);

/// `--profile NAME|FILE` and `--profile-version N`, as sync and events take them.
QList<QCommandLineOption> profileOptions();
/// `--profile-version`: 0 when absent (the newest saved version); -1 after writing why to `err` when it is
/// not a positive number or comes without a saved profile's name.
int readProfileVersion(const QCommandLineParser& parser, QTextStream& err);

/// `--wait SECONDS`, as sync and events take it: how long a run waits for another one writing to the same
/// accounts.
QCommandLineOption waitOption();
/// The lease request of a CLI run: `--wait`'s seconds (0 when absent); nullopt after writing why to `err`
/// when the value is not a whole number of seconds.
std::optional<sync::LeaseRequest> readLeaseRequest(const QCommandLineParser& parser, QTextStream& err);

/// Dispatches `fieldlink-cli <command> [options]`. Returns the process exit code.
int runCommandLine(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace fieldlink::cli
