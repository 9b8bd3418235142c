#include "app/testsync/CallEventsPanel.h"

#include "app/testsync/CallEventListener.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace fieldlink {
namespace {

QHBoxLayout* rowLayout(QWidget* row) {
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    return layout;
}

} // namespace

CallEventsPanel::CallEventsPanel(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_listener(new CallEventListener(context, this))
    , m_form(new QFormLayout(this))
    , m_source(new QComboBox(this))
    , m_fileRow(new QWidget(this))
    , m_file(new QLineEdit(this))
    , m_listenRow(new QWidget(this))
    , m_port(new QSpinBox(this))
    , m_status(new QLabel(this))
    , m_simulateRow(new QWidget(this))
    , m_callPhone(new QLineEdit(this))
    , m_callOutcome(new QComboBox(this))
    , m_callDisposition(new QLineEdit(this))
    , m_simulate(new QPushButton(tr("Simulate &call"), this)) {
    m_source->setObjectName(QStringLiteral("eventsSourceComboBox"));
    m_source->addItems({tr("Captured in a file"), tr("Received live by a webhook listener")});
    m_file->setObjectName(QStringLiteral("eventsFileLineEdit"));
    m_file->setPlaceholderText(tr("captured webhooks: a JSON array or one event per line"));
    m_port->setObjectName(QStringLiteral("listenPortSpinBox"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("any free port"));
    m_port->setAccessibleName(tr("Listener port"));
    m_status->setObjectName(QStringLiteral("listenerStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_callPhone->setObjectName(QStringLiteral("callPhoneLineEdit"));
    m_callPhone->setPlaceholderText(tr("a contact's phone, e.g. +14155552671"));
    m_callOutcome->setObjectName(QStringLiteral("callOutcomeComboBox"));
    m_callOutcome->addItem(tr("answered"), QStringLiteral("answered"));
    m_callOutcome->addItem(tr("missed"), QStringLiteral("missed"));
    m_callOutcome->addItem(tr("voicemail"), QStringLiteral("voicemail"));
    m_callDisposition->setObjectName(QStringLiteral("callDispositionLineEdit"));
    m_callDisposition->setPlaceholderText(tr("disposition, e.g. Call back"));
    m_simulate->setObjectName(QStringLiteral("simulateCallButton"));
    m_simulate->setToolTip(tr("The sandbox's Kixie places the call and sends its webhooks to the listener"));
    m_simulate->setEnabled(false);

    auto* browse = new QPushButton(tr("&Browse…"), this);
    QHBoxLayout* file = rowLayout(m_fileRow);
    file->addWidget(m_file, 1);
    file->addWidget(browse);
    QHBoxLayout* listen = rowLayout(m_listenRow);
    listen->addWidget(m_port);
    listen->addWidget(m_status, 1);
    QHBoxLayout* simulate = rowLayout(m_simulateRow);
    simulate->addWidget(m_callPhone, 2);
    simulate->addWidget(m_callOutcome);
    simulate->addWidget(m_callDisposition, 1);
    simulate->addWidget(m_simulate);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->addRow(tr("&Events:"), m_source);
    m_form->addRow(tr("Events &file:"), m_fileRow);
    m_form->addRow(tr("Listen on &port:"), m_listenRow);
    m_form->addRow(tr("Sandbox call:"), m_simulateRow);

    connect(m_source, &QComboBox::currentIndexChanged, this, [this] {
        updateRows();
        Q_EMIT changed();
    });
    connect(m_file, &QLineEdit::textChanged, this, &CallEventsPanel::changed);
    connect(m_port, &QSpinBox::valueChanged, this, &CallEventsPanel::changed);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Captured call events"), {}, tr("Call events (*.json *.jsonl *.ndjson);;All files (*)"));
        if (!path.isEmpty())
            m_file->setText(path);
    });
    connect(m_simulate, &QPushButton::clicked, this, [this] {
        m_listener->simulateCall(m_callPhone->text(), m_callOutcome->currentData().toString(),
                                 m_callDisposition->text());
    });
    connect(m_listener, &CallEventListener::ready, this, [this](const QUrl& url, const QString& note) {
        m_status->setText(tr("Listening on %1.").arg(url.toString()) +
                          (note.isEmpty() ? QString() : QLatin1Char(' ') + note));
        setRunning(m_running);
    });
    connect(m_listener, &CallEventListener::failed, this, [this](const QString& error) {
        m_status->setText(error);
        Q_EMIT listenerFailed(error);
    });
    connect(m_listener, &CallEventListener::eventReceived, this, &CallEventsPanel::eventReceived);
    connect(m_listener, &CallEventListener::simulated, this,
            [this](const QString& message, bool) { m_status->setText(message); });
    updateRows();
}

void CallEventsPanel::setSandbox(bool sandbox) {
    m_sandbox = sandbox;
    updateRows();
}

bool CallEventsPanel::listening() const {
    return m_source->currentIndex() == 1;
}

QString CallEventsPanel::file() const {
    return m_file->text();
}

QStringList CallEventsPanel::commandWords() const {
    return listening() ? QStringList{QStringLiteral("--listen"), QString::number(m_port->value())}
                       : QStringList{QStringLiteral("--file"), m_file->text()};
}

bool CallEventsPanel::startListening(const QString& connectionName) {
    m_status->setText(tr("Starting the listener…"));
    return m_listener->start(connectionName, m_sandbox, static_cast<quint16>(m_port->value()));
}

void CallEventsPanel::stopListening() {
    if (!m_listener->isListening())
        return;
    m_listener->stop();
    m_status->setText(tr("Not listening."));
    setRunning(m_running);
}

bool CallEventsPanel::isListening() const {
    return m_listener->isListening();
}

void CallEventsPanel::setRunning(bool running) {
    m_running = running;
    m_source->setEnabled(!running);
    m_port->setEnabled(!running);
    m_simulate->setEnabled(running && m_sandbox && m_listener->isListening());
}

void CallEventsPanel::updateRows() {
    m_form->setRowVisible(m_fileRow, !listening());
    m_form->setRowVisible(m_listenRow, listening());
    m_form->setRowVisible(m_simulateRow, listening() && m_sandbox);
}

} // namespace fieldlink
