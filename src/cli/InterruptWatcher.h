#pragma once

#include <QObject>

class QSocketNotifier;

namespace fieldlink::cli {

/// Turns SIGINT and SIGTERM into a Qt signal, through a self-pipe: the only thing a signal handler may do
/// safely is write a byte.
class InterruptWatcher : public QObject {
    Q_OBJECT
public:
    explicit InterruptWatcher(QObject* parent = nullptr);
    ~InterruptWatcher() override;

Q_SIGNALS:
    void interrupted();

private:
    QSocketNotifier* m_notifier = nullptr;
};

} // namespace fieldlink::cli
