#pragma once

#include "core/Result.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace fieldlink::schedule {

/// What a finished program said.
struct ProcessOutput {
    bool started = false;
    int exitCode = -1;
    QString output;
    QString errors;
};

/// Runs a program with an argument list (never through a shell) and waits for it. Injectable so that tests
/// can read the exact command lines a schedule change runs.
using CommandRunner = std::function<ProcessOutput(const QString& program, const QStringList& arguments)>;

/// QProcess, waiting at most `timeoutMs` (systemctl answers in well under a second).
CommandRunner processRunner(int timeoutMs = 15000);

/// `systemctl --user`: whether the user's service manager runs, and its commands.
class Systemctl {
public:
    explicit Systemctl(CommandRunner runner = processRunner(),
                       QString runtimeDirectory = qEnvironmentVariable("XDG_RUNTIME_DIR"));

    /// The user's systemd runs: $XDG_RUNTIME_DIR/systemd exists and `systemctl --user is-system-running`
    /// answers with a state of a running manager (degraded counts: one failed unit elsewhere).
    bool userManagerRunning() const;
    /// Why not, in a sentence, when !userManagerRunning().
    static QString notRunningReason();

    /// `systemctl --user <arguments>`; a failure with systemctl's own words when it exits non-zero.
    Result<> run(const QStringList& arguments) const;
    /// `systemctl --user <arguments>`'s output, trimmed, whatever its exit code (is-active exits 3 for an
    /// inactive unit and says "inactive").
    QString query(const QStringList& arguments) const;

private:
    CommandRunner m_runner;
    QString m_runtimeDirectory;
};

} // namespace fieldlink::schedule
