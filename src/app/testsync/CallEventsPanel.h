#pragma once

#include <QJsonObject>
#include <QWidget>

#include <memory>

namespace Ui {
class CallEventsPanel;
}

namespace fieldlink {

class AppContext;
class CallEventListener;

/// Where Test Sync's Kixie call events come from: a file of captured webhooks, or a webhook listener on this
/// computer that receives them live — and, on the built-in sandbox, a simulated call whose webhooks arrive
/// at the listener. Test Sync runs the events; this panel only chooses and receives them.
class CallEventsPanel : public QWidget {
    Q_OBJECT
public:
    CallEventsPanel(AppContext& context, QWidget* parent = nullptr);
    ~CallEventsPanel() override;

    void setSandbox(bool sandbox);
    /// Live from the listener (true) or from the file.
    bool listening() const;
    QString file() const;
    /// The `fieldlink-cli events` options that take the events the same way.
    QStringList commandWords() const;
    /// Opens the listener for `connectionName` (on the sandbox, registered with its Kixie). False, with the
    /// reason shown, when the port cannot be opened.
    bool startListening(const QString& connectionName);
    /// Closes the listener (a run that listened has ended).
    void stopListening();
    bool isListening() const;
    void setRunning(bool running);

Q_SIGNALS:
    /// The source, the file or the port changed (the command to show changes).
    void changed();
    /// A call event was stored in the webhook inbox, for the listening run to take.
    void deliveryStored();
    /// The listener cannot receive anything (its registration failed): the run should end.
    void listenerFailed(const QString& error);

private:
    void updateRows();

    void browse();

    std::unique_ptr<Ui::CallEventsPanel> m_ui;
    CallEventListener* m_listener;
    bool m_sandbox = false;
    bool m_running = false;
};

} // namespace fieldlink
