#pragma once

#include "core/api/GhlScopeProbe.h"

#include <QList>
#include <QObject>
#include <QString>

namespace fieldlink::api {

/// One line of a "Test connection" report: what was checked and what came of it, in the admin's words.
struct CheckLine {
    enum class State { Running, Passed, Warning, Failed, NotChecked };

    QString id; ///< stable, for tests and for updating a line in place
    State state = State::Running;
    QString title;
    QString detail;

    bool operator==(const CheckLine&) const = default;
};

/// A connection test that reports line by line as its answers come in, and finishes once. Nothing it sends
/// changes data on either service.
class ConnectionCheck : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    virtual void start() = 0;
    const QList<CheckLine>& lines() const { return m_lines; }
    bool isFinished() const { return m_finished; }
    /// True when it finished with no failed line.
    bool passed() const;

Q_SIGNALS:
    void linesChanged();
    void finished(bool passed);

protected:
    /// Adds the line, or replaces the one with the same id.
    void setLine(CheckLine line);
    /// Every line still running becomes "not checked" with `reason`.
    void skipRemaining(const QString& reason);
    void finish();

private:
    QList<CheckLine> m_lines;
    bool m_finished = false;
};

class GhlClient;
class KixieClient;

/// HighLevel: reachable, token accepted, location accessible, the scopes Fieldlink needs (read and write
/// contacts, custom fields), the custom fields found and the API budget — by GhlScopeProbe, without side
/// effects.
class GhlConnectionCheck final : public ConnectionCheck {
    Q_OBJECT
public:
    explicit GhlConnectionCheck(GhlClient* client, QObject* parent = nullptr);
    void start() override;

private:
    void onProbeFinished(const GhlScopeProbe::Report& report);
    void reportBudget();

    GhlClient* m_client;
};

/// Kixie: reachable, API key and Business ID accepted, API access enabled for the account, and the day's
/// call budget. Kixie has no account read, so the test lists the account's webhooks — one call of the day's
/// 10 000, nothing changed.
class KixieConnectionCheck final : public ConnectionCheck {
    Q_OBJECT
public:
    explicit KixieConnectionCheck(KixieClient* client, QObject* parent = nullptr);
    void start() override;

private:
    void onAnswer(const ApiResult& result);

    KixieClient* m_client;
};

} // namespace fieldlink::api
