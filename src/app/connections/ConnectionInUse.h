#pragma once

#include <QHash>
#include <QObject>
#include <QString>

namespace fieldlink::store {
class ConnectionRepository;
}

namespace fieldlink {

/// The connection the window works on (band, status bar, Mapping's samples, Test Sync's runs). It changes
/// only by the admin's choice — "Use this connection", Test Sync's connection list, trying the sandbox —
/// never because a connection was shown, saved or tested, so a production account is never picked up by
/// accident. A connection that worked while in use is remembered (by name, never a secret) for the next
/// start.
class ConnectionInUse : public QObject {
    Q_OBJECT
public:
    enum class Service { Ghl, Kixie };

    explicit ConnectionInUse(QObject* parent = nullptr);

    QString name() const { return m_name; }
    bool isSandbox() const { return m_sandbox; }

    /// Makes `name` the connection in use; empty: none.
    void use(const QString& name, bool sandbox);
    /// The connection in use was renamed or removed: it follows (a rename is not a switch).
    void renamed(const QString& from, const QString& to);
    void removed(const QString& name);
    /// A test of `name`'s saved values ended. Once every side tested passes while it is in use, it is the
    /// connection the app opens on next time.
    void noteTestResult(const QString& name, Service service, bool passed);

    /// The connection the app opens on: the last one that worked, if it is still saved (else empty).
    static QString lastWorking(const store::ConnectionRepository& connections);
    /// Whether `name`'s saved sides are a sandbox's.
    static bool isSandbox(const store::ConnectionRepository& connections, const QString& name);

Q_SIGNALS:
    void changed(const QString& name, bool sandbox);

private:
    void rememberIfWorking();

    QString m_name;
    bool m_sandbox = false;
    /// Per connection name, how its last test of each side ended in this session.
    QHash<QString, QHash<Service, bool>> m_results;
};

} // namespace fieldlink
