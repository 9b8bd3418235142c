// SyncTestPage: the connection, profile and version choices, read from the store.
#include "app/testsync/SyncTestPage.h"

#include "app/common/ProfileChoices.h"
#include "app/shell/AppContext.h"
#include "app/testsync/SyncLauncher.h"
#include "core/store/ConnectionRepository.h"
#include "core/store/ProfileRepository.h"
#include "ui_SyncTestPage.h"

#include <QLocale>

namespace fieldlink {

void SyncTestPage::reloadConnections() {
    QComboBox* combo = m_ui->connectionComboBox;
    const QSignalBlocker blocker(combo);
    combo->clear();
    QStringList names;
    for (const store::SavedConnection& saved : m_context.connections().all()) {
        if (names.contains(saved.name))
            continue;
        names << saved.name;
        const bool sandboxSide = saved.environment == store::SavedConnection::Environment::Sandbox;
        combo->addItem(sandboxSide ? tr("%1 (sandbox)").arg(saved.name)
                                   : tr("%1 (PRODUCTION)").arg(saved.name),
                       saved.name);
    }
    combo->setCurrentIndex(combo->findData(m_connection));
}

void SyncTestPage::selectProfile(const QString& profileName) {
    const QList<ProfileChoice> choices = ProfileChoices::list(m_context.profiles());
    // The profile's direction says what it runs on: contacts, or call events.
    for (const ProfileChoice& choice : choices) {
        if (choice.key == profileName) {
            const QSignalBlocker blocker(m_ui->recordsComboBox); // the profiles are read once, below
            m_ui->recordsComboBox->setCurrentIndex(choice.direction == QLatin1String("kixie_to_ghl") ? 1 : 0);
        }
    }
    updateEventRows();
    reloadProfiles(profileName, choices);
}

void SyncTestPage::setUnsavedEdits(const QString& profileName, bool unsaved) {
    m_editorProfile = unsaved ? profileName : QString();
    updateProfileNote();
}

QString SyncTestPage::profile() const {
    return m_ui->profileComboBox->currentData().toString();
}

int SyncTestPage::profileVersion() const {
    return m_ui->versionComboBox->currentData().toInt();
}

void SyncTestPage::reloadProfiles(const QString& select) {
    reloadProfiles(select, ProfileChoices::list(m_context.profiles()));
}

void SyncTestPage::reloadProfiles(const QString& select, QList<ProfileChoice> choices) {
    const QString direction = eventsMode() ? QStringLiteral("kixie_to_ghl") : QStringLiteral("ghl_to_kixie");
    choices.removeIf([&direction](const ProfileChoice& choice) { return choice.direction != direction; });
    const int keptVersion = profileVersion();
    {
        const QSignalBlocker blocker(m_ui->profileComboBox);
        ProfileChoices::fill(m_ui->profileComboBox, choices);
        m_ui->profileComboBox->setCurrentIndex(std::max(0, m_ui->profileComboBox->findData(select)));
    }
    reloadVersions();
    if (profile() == select) // the same profile again: keep the version chosen
        m_ui->versionComboBox->setCurrentIndex(std::max(0, m_ui->versionComboBox->findData(keptVersion)));
    updateProfileNote();
    setRunning(m_launcher->isRunning());
}

void SyncTestPage::reloadVersions() {
    QComboBox* combo = m_ui->versionComboBox;
    const QSignalBlocker blocker(combo);
    combo->clear();
    const QList<store::ProfileVersion> versions =
        m_context.profiles().versions(profile());
    if (versions.isEmpty()) {
        combo->addItem(tr("As shipped"), 0);
    } else {
        combo->addItem(tr("Newest saved (version %1)").arg(versions.constFirst().version), 0);
        for (const store::ProfileVersion& version : versions)
            combo->addItem(
                version.note.isEmpty()
                    ? tr("Version %1, %2")
                          .arg(version.version)
                          .arg(QLocale().toString(version.createdAt.toLocalTime(), QLocale::ShortFormat))
                    : tr("Version %1: %2").arg(version.version).arg(version.note),
                version.version);
    }
    updateSchedule();
}

void SyncTestPage::updateProfileNote() {
    const bool unsaved = !m_editorProfile.isEmpty() && m_editorProfile == profile();
    m_ui->profileNoteLabel->setVisible(unsaved);
    m_ui->profileNoteLabel->setText(unsaved
                                        ? tr("The Mapping page has unsaved edits of this profile: runs use "
                                             "a saved version. Save there (Ctrl+S) to test the edits.")
                                        : QString());
}

} // namespace fieldlink
