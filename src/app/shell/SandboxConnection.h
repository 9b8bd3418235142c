#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace fieldlink {

class AppContext;

/// Saves the built-in sandbox as a connection — both sides, with their secrets — so the sandbox is tried
/// exactly like a real account. The sandbox listens on a new port each launch, so its address is rewritten
/// every time.
class SandboxConnection {
public:
    static QString name();
    /// Starts the in-process sandbox if needed and saves its connection; `done` gets an empty message on
    /// success, else why not.
    static void setUp(AppContext& context, QObject* receiver, std::function<void(const QString& error)> done);
};

} // namespace fieldlink
