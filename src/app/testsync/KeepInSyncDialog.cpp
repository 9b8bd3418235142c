#include "app/testsync/KeepInSyncDialog.h"

#include "app/common/CompactRows.h"
#include "app/common/ProfileChoices.h"
#include "app/common/TabOrder.h"
#include "app/shell/AppContext.h"
#include "app/testsync/ScheduleListModel.h"
#include "core/schedule/CrontabLine.h"
#include "ui_KeepInSyncDialog.h"

#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>

namespace fieldlink {

using schedule::Schedule;

KeepInSyncDialog::KeepInSyncDialog(AppContext& context, const QString& connection, const QString& profile,
                                   schedule::SystemdUnits units, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::KeepInSyncDialog>())
    , m_context(context)
    , m_units(std::move(units))
    , m_schedules(new ScheduleListModel(this))
    , m_cliPath(defaultCliPath()) {
    m_ui->setupUi(this);
    m_ui->schedulesTableView->setModel(m_schedules);
    useCompactRows(m_ui->schedulesTableView);
    QHeaderView* header = m_ui->schedulesTableView->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ScheduleListModel::WhatColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ScheduleListModel::StateColumn, QHeaderView::ResizeToContents);
    for (const int minutes : Schedule::everyChoices())
        m_ui->everyComboBox->addItem(Schedule::everyWords(minutes), minutes);
    m_ui->everyComboBox->setCurrentIndex(m_ui->everyComboBox->findData(60));
    fillChoices(connection, profile);
    setTabOrderThrough({m_ui->connectionComboBox, m_ui->profileComboBox, m_ui->nearRealTimeRadioButton,
                        m_ui->intervalSpinBox, m_ui->fullAtCheckBox, m_ui->fullAtTimeEdit,
                        m_ui->periodicRadioButton, m_ui->everyComboBox, m_ui->nameLineEdit,
                        m_ui->setUpPushButton, m_ui->crontabLineEdit, m_ui->copyPushButton,
                        m_ui->schedulesTableView, m_ui->pausePushButton, m_ui->resumePushButton,
                        m_ui->removePushButton, m_ui->closeButtonBox});
    connectWidgets();
    // Asked once: whether systemd can run schedules here decides what the dialog offers.
    m_systemdRunning = m_units.systemctl().userManagerRunning();
    m_ui->noSystemdLabel->setText(m_systemdRunning ? QString() : schedule::Systemctl::notRunningReason());
    m_ui->setUpPushButton->setVisible(m_systemdRunning);
    suggestName();
    updateChoices();
    reloadSchedules();
}

KeepInSyncDialog::~KeepInSyncDialog() = default;

QString KeepInSyncDialog::defaultCliPath() {
    const QString beside =
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("fieldlink-cli"));
    if (QFileInfo(beside).isExecutable())
        return beside;
    return QStandardPaths::findExecutable(QStringLiteral("fieldlink-cli"));
}

void KeepInSyncDialog::setCliPath(const QString& path) {
    m_cliPath = path;
    updateChoices();
}

void KeepInSyncDialog::fillChoices(const QString& connection, const QString& profile) {
    QStringList names;
    for (const store::SavedConnection& saved : m_context.connections().all())
        if (!names.contains(saved.name)) {
            names << saved.name;
            m_ui->connectionComboBox->addItem(saved.name, saved.name);
        }
    m_ui->connectionComboBox->setCurrentIndex(m_ui->connectionComboBox->findData(connection));
    // A schedule syncs contacts to Kixie: the profiles of that direction.
    QList<ProfileChoice> choices;
    for (const ProfileChoice& choice : ProfileChoices::list(m_context.profiles()))
        if (choice.direction == QLatin1String("ghl_to_kixie"))
            choices << choice;
    ProfileChoices::fill(m_ui->profileComboBox, choices);
    QHash<QString, QString> profileNames;
    for (const ProfileChoice& choice : ProfileChoices::list(m_context.profiles()))
        profileNames.insert(choice.key, choice.name);
    m_schedules->setProfileNames(profileNames);
    m_ui->profileComboBox->setCurrentIndex(std::max(0, m_ui->profileComboBox->findData(profile)));
}

void KeepInSyncDialog::connectWidgets() {
    const auto chosen = [this] {
        suggestName();
        updateChoices();
    };
    connect(m_ui->connectionComboBox, &QComboBox::currentIndexChanged, this, chosen);
    connect(m_ui->profileComboBox, &QComboBox::currentIndexChanged, this, chosen);
    connect(m_ui->nearRealTimeRadioButton, &QRadioButton::toggled, this, &KeepInSyncDialog::updateChoices);
    connect(m_ui->intervalSpinBox, &QSpinBox::valueChanged, this, &KeepInSyncDialog::updateChoices);
    connect(m_ui->fullAtCheckBox, &QCheckBox::toggled, this, &KeepInSyncDialog::updateChoices);
    connect(m_ui->fullAtTimeEdit, &QTimeEdit::timeChanged, this, &KeepInSyncDialog::updateChoices);
    connect(m_ui->everyComboBox, &QComboBox::currentIndexChanged, this, &KeepInSyncDialog::updateChoices);
    connect(m_ui->nameLineEdit, &QLineEdit::textEdited, this, [this] {
        m_nameEdited = true;
        updateChoices();
    });
    connect(m_ui->setUpPushButton, &QPushButton::clicked, this, &KeepInSyncDialog::setUp);
    connect(m_ui->copyPushButton, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_ui->crontabLineEdit->text());
        m_ui->setUpStatusLabel->setText(tr("Copied. Paste it into crontab -e."));
    });
    connect(m_ui->schedulesTableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &KeepInSyncDialog::updateScheduleButtons);
    connect(m_ui->pausePushButton, &QPushButton::clicked, this, [this] { changeSelected(Change::Pause); });
    connect(m_ui->resumePushButton, &QPushButton::clicked, this, [this] { changeSelected(Change::Resume); });
    connect(m_ui->removePushButton, &QPushButton::clicked, this, &KeepInSyncDialog::askBeforeRemoving);
    connect(m_ui->closeButtonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void KeepInSyncDialog::suggestName() {
    if (m_nameEdited)
        return;
    // "Acme Dental" + "Leads to PowerList" → acme-dental-leads-to-powerlist: what the unit files are named.
    static const QRegularExpression notPlain(QStringLiteral("[^a-z0-9]+"));
    QString name = (m_ui->connectionComboBox->currentData().toString() + QLatin1Char('-') +
                    m_ui->profileComboBox->currentData().toString())
                       .toLower()
                       .replace(notPlain, QStringLiteral("-"));
    while (name.startsWith(QLatin1Char('-')))
        name.remove(0, 1);
    while (name.endsWith(QLatin1Char('-')))
        name.chop(1);
    m_ui->nameLineEdit->setText(name.left(64));
}

Schedule KeepInSyncDialog::chosenSchedule() const {
    Schedule chosen;
    chosen.name = m_ui->nameLineEdit->text().trimmed();
    chosen.connection = m_ui->connectionComboBox->currentData().toString();
    chosen.profile = m_ui->profileComboBox->currentData().toString();
    chosen.cliPath = m_cliPath;
    chosen.databasePath = QFileInfo(m_context.databasePath()).absoluteFilePath();
    if (m_ui->nearRealTimeRadioButton->isChecked()) {
        chosen.kind = Schedule::Kind::Watch;
        chosen.intervalSeconds = m_ui->intervalSpinBox->value() * 60;
        if (m_ui->fullAtCheckBox->isChecked())
            chosen.fullAt = m_ui->fullAtTimeEdit->time().toString(QStringLiteral("HH:mm"));
    } else {
        chosen.kind = Schedule::Kind::Periodic;
        chosen.everyMinutes = m_ui->everyComboBox->currentData().toInt();
    }
    return chosen;
}

void KeepInSyncDialog::updateChoices() {
    const bool watch = m_ui->nearRealTimeRadioButton->isChecked();
    m_ui->intervalSpinBox->setEnabled(watch);
    m_ui->fullAtCheckBox->setEnabled(watch);
    m_ui->fullAtTimeEdit->setEnabled(watch && m_ui->fullAtCheckBox->isChecked());
    m_ui->everyComboBox->setEnabled(!watch);
    const Schedule chosen = chosenSchedule();
    const Result<> checked = m_ui->connectionComboBox->currentIndex() < 0
                                 ? Result<>(Failure{tr("Choose the connection the schedule syncs.")})
                                 : chosen.check();
    m_ui->setUpPushButton->setEnabled(checked.ok());
    m_ui->setUpStatusLabel->setText(checked ? QString() : checked.error());
    // Without systemd the admin sets it up by hand: the line follows the choices as they change.
    const bool showCrontab = !m_systemdRunning && checked.ok();
    m_ui->crontabLineEdit->setVisible(showCrontab);
    m_ui->copyPushButton->setVisible(showCrontab);
    const QString line =
        showCrontab ? schedule::CrontabLine::lines(chosen).join(QLatin1Char('\n')) : QString();
    m_ui->crontabLineEdit->setText(line);
    m_ui->crontabLineEdit->setToolTip(line);
    m_ui->crontabLineEdit->setCursorPosition(0);
}

void KeepInSyncDialog::setUp() {
    const Schedule chosen = chosenSchedule();
    const Result<> installed = m_units.install(chosen);
    reloadSchedules();
    m_ui->setUpStatusLabel->setText(installed ? tr("“%1” is set up and started.").arg(chosen.name)
                                              : installed.error());
}

void KeepInSyncDialog::reloadSchedules() {
    const QString selected = m_schedules->state(m_ui->schedulesTableView->currentIndex().row()).schedule.name;
    const Result<QList<schedule::ScheduleState>> states = m_units.list();
    m_schedules->setStates(states ? *states : QList<schedule::ScheduleState>());
    m_ui->scheduleStatusLabel->setText(!states             ? states.error()
                                       : states->isEmpty() ? tr("No schedules yet.")
                                                           : QString());
    for (int row = 0; row < m_schedules->rowCount(); ++row)
        if (m_schedules->state(row).schedule.name == selected)
            m_ui->schedulesTableView->selectRow(row);
    // Long names elide (the whole name is in the tooltip) rather than push the state out of sight.
    m_ui->schedulesTableView->resizeColumnToContents(ScheduleListModel::NameColumn);
    m_ui->schedulesTableView->setColumnWidth(
        ScheduleListModel::NameColumn,
        std::min(m_ui->schedulesTableView->columnWidth(ScheduleListModel::NameColumn),
                 m_ui->schedulesTableView->viewport()->width() / 4));
    updateScheduleButtons();
}

void KeepInSyncDialog::updateScheduleButtons() {
    const QModelIndexList rows = m_ui->schedulesTableView->selectionModel()->selectedRows();
    const bool chosen = !rows.isEmpty();
    using State = schedule::ScheduleState::State;
    const State state = chosen ? m_schedules->state(rows.constFirst().row()).state : State::Unknown;
    m_ui->pausePushButton->setEnabled(chosen && m_systemdRunning && state != State::Paused);
    m_ui->resumePushButton->setEnabled(chosen && m_systemdRunning && state != State::Running &&
                                       state != State::Waiting);
    m_ui->removePushButton->setEnabled(chosen);
}

void KeepInSyncDialog::changeSelected(Change change) {
    const QModelIndexList rows = m_ui->schedulesTableView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const QString name = m_schedules->state(rows.constFirst().row()).schedule.name;
    Result<> done;
    QString said;
    switch (change) {
    case Change::Pause:
        done = m_units.pause(name);
        said = tr("“%1” is paused.").arg(name);
        break;
    case Change::Resume:
        done = m_units.resume(name);
        said = tr("“%1” runs again.").arg(name);
        break;
    case Change::Remove:
        done = m_units.remove(name);
        said = tr("“%1” is removed.").arg(name);
        break;
    }
    reloadSchedules();
    m_ui->scheduleStatusLabel->setText(done ? said : done.error());
}

void KeepInSyncDialog::askBeforeRemoving() {
    const QModelIndexList rows = m_ui->schedulesTableView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const QString name = m_schedules->state(rows.constFirst().row()).schedule.name;
    auto* question =
        new QMessageBox(QMessageBox::Question, tr("Remove schedule"),
                        tr("Stop “%1” and remove it? Nothing synced so far is undone.").arg(name),
                        QMessageBox::Yes | QMessageBox::Cancel, this);
    question->setObjectName(QStringLiteral("removeScheduleMessageBox"));
    question->button(QMessageBox::Yes)->setText(tr("&Remove"));
    question->setDefaultButton(QMessageBox::Cancel);
    question->setAttribute(Qt::WA_DeleteOnClose);
    connect(question, &QMessageBox::finished, this, [this, question] {
        if (question->clickedButton() == question->button(QMessageBox::Yes))
            changeSelected(Change::Remove);
    });
    question->open();
}

} // namespace fieldlink
