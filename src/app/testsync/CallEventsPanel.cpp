#include "app/testsync/CallEventsPanel.h"

#include "app/testsync/CallEventListener.h"
#include "ui_CallEventsPanel.h"

#include <QFileDialog>

namespace fieldlink {

CallEventsPanel::CallEventsPanel(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CallEventsPanel>())
    , m_listener(new CallEventListener(context, this)) {
    m_ui->setupUi(this);
    // The outcomes are shown translated; the sandbox's Kixie takes its own words.
    m_ui->callOutcomeComboBox->addItem(tr("answered"), QStringLiteral("answered"));
    m_ui->callOutcomeComboBox->addItem(tr("missed"), QStringLiteral("missed"));
    m_ui->callOutcomeComboBox->addItem(tr("voicemail"), QStringLiteral("voicemail"));

    connect(m_ui->eventsSourceComboBox, &QComboBox::currentIndexChanged, this, [this] {
        updateRows();
        Q_EMIT changed();
    });
    connect(m_ui->eventsFileLineEdit, &QLineEdit::textChanged, this, &CallEventsPanel::changed);
    connect(m_ui->listenPortSpinBox, &QSpinBox::valueChanged, this, &CallEventsPanel::changed);
    connect(m_ui->browsePushButton, &QPushButton::clicked, this, &CallEventsPanel::browse);
    connect(m_ui->simulateCallPushButton, &QPushButton::clicked, this, [this] {
        m_listener->simulateCall(m_ui->callPhoneLineEdit->text(),
                                 m_ui->callOutcomeComboBox->currentData().toString(),
                                 m_ui->callDispositionLineEdit->text());
    });
    connect(m_listener, &CallEventListener::ready, this, [this](const QUrl& url, const QString& note) {
        m_ui->listenerStatusLabel->setText(tr("Listening on %1.").arg(url.toString()) +
                                           (note.isEmpty() ? QString() : QLatin1Char(' ') + note));
        setRunning(m_running);
    });
    connect(m_listener, &CallEventListener::failed, this, [this](const QString& error) {
        m_ui->listenerStatusLabel->setText(error);
        Q_EMIT listenerFailed(error);
    });
    connect(m_listener, &CallEventListener::deliveryStored, this, &CallEventsPanel::deliveryStored);
    connect(m_listener, &CallEventListener::simulated, this,
            [this](const QString& message, bool) { m_ui->listenerStatusLabel->setText(message); });
    updateRows();
}

CallEventsPanel::~CallEventsPanel() = default;

void CallEventsPanel::browse() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Captured call events"), {}, tr("Call events (*.json *.jsonl *.ndjson);;All files (*)"));
    if (!path.isEmpty())
        m_ui->eventsFileLineEdit->setText(path);
}

void CallEventsPanel::setSandbox(bool sandbox) {
    m_sandbox = sandbox;
    updateRows();
}

bool CallEventsPanel::listening() const {
    return m_ui->eventsSourceComboBox->currentIndex() == 1;
}

QString CallEventsPanel::file() const {
    return m_ui->eventsFileLineEdit->text();
}

QStringList CallEventsPanel::commandWords() const {
    return listening()
               ? QStringList{QStringLiteral("--listen"), QString::number(m_ui->listenPortSpinBox->value())}
               : QStringList{QStringLiteral("--file"), m_ui->eventsFileLineEdit->text()};
}

bool CallEventsPanel::startListening(const QString& connectionName) {
    m_ui->listenerStatusLabel->setText(tr("Starting the listener…"));
    return m_listener->start(connectionName, m_sandbox,
                             static_cast<quint16>(m_ui->listenPortSpinBox->value()));
}

void CallEventsPanel::stopListening() {
    if (!m_listener->isListening())
        return;
    m_listener->stop();
    m_ui->listenerStatusLabel->setText(tr("Not listening."));
    setRunning(m_running);
}

bool CallEventsPanel::isListening() const {
    return m_listener->isListening();
}

void CallEventsPanel::setRunning(bool running) {
    m_running = running;
    m_ui->eventsSourceComboBox->setEnabled(!running);
    m_ui->listenPortSpinBox->setEnabled(!running);
    m_ui->simulateCallPushButton->setEnabled(running && m_sandbox && m_listener->isListening());
}

void CallEventsPanel::updateRows() {
    m_ui->eventsFormLayout->setRowVisible(m_ui->eventsFileWidget, !listening());
    m_ui->eventsFormLayout->setRowVisible(m_ui->listenWidget, listening());
    m_ui->eventsFormLayout->setRowVisible(m_ui->simulateWidget, listening() && m_sandbox);
}

} // namespace fieldlink
