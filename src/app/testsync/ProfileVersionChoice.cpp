#include "app/testsync/ProfileVersionChoice.h"

#include "core/store/ProfileRepository.h"

#include <QComboBox>
#include <QLabel>
#include <QLocale>

namespace fieldlink {

ProfileVersionChoice::ProfileVersionChoice(store::ProfileRepository& profiles, QComboBox* profileCombo,
                                           QComboBox* versionCombo, QLabel* unsavedNote, QObject* parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_profileCombo(profileCombo)
    , m_versionCombo(versionCombo)
    , m_unsavedNote(unsavedNote) {
    connect(m_profileCombo, &QComboBox::currentIndexChanged, this, [this] {
        reloadVersions();
        updateNote();
        Q_EMIT changed();
    });
    connect(m_versionCombo, &QComboBox::currentIndexChanged, this, &ProfileVersionChoice::changed);
}

QString ProfileVersionChoice::profile() const {
    return m_profileCombo->currentData().toString();
}

int ProfileVersionChoice::version() const {
    return m_versionCombo->currentData().toInt();
}

void ProfileVersionChoice::reload(const QString& select, mapping::Direction direction,
                                  std::optional<QList<ProfileChoice>> choices) {
    QList<ProfileChoice> listed = choices ? *std::move(choices) : ProfileChoices::list(m_profiles);
    const QString directionName = mapping::directionName(direction);
    listed.removeIf(
        [&directionName](const ProfileChoice& choice) { return choice.direction != directionName; });
    const int keptVersion = version();
    {
        const QSignalBlocker blocker(m_profileCombo);
        ProfileChoices::fill(m_profileCombo, listed);
        m_profileCombo->setCurrentIndex(std::max(0, m_profileCombo->findData(select)));
    }
    reloadVersions();
    if (profile() == select) { // the same profile again: keep the version chosen
        const QSignalBlocker blocker(m_versionCombo);
        m_versionCombo->setCurrentIndex(std::max(0, m_versionCombo->findData(keptVersion)));
    }
    updateNote();
    Q_EMIT changed();
}

void ProfileVersionChoice::setUnsavedEdits(const QString& profileName, bool unsaved) {
    m_editorProfile = unsaved ? profileName : QString();
    updateNote();
}

void ProfileVersionChoice::reloadVersions() {
    const QSignalBlocker blocker(m_versionCombo);
    m_versionCombo->clear();
    const QList<store::ProfileVersion> versions = m_profiles.versions(profile());
    if (versions.isEmpty()) {
        m_versionCombo->addItem(tr("As shipped"), 0);
        return;
    }
    m_versionCombo->addItem(tr("Newest saved (version %1)").arg(versions.constFirst().version), 0);
    for (const store::ProfileVersion& saved : versions)
        m_versionCombo->addItem(
            saved.note.isEmpty()
                ? tr("Version %1, %2")
                      .arg(saved.version)
                      .arg(QLocale().toString(saved.createdAt.toLocalTime(), QLocale::ShortFormat))
                : tr("Version %1: %2").arg(saved.version).arg(saved.note),
            saved.version);
}

void ProfileVersionChoice::updateNote() {
    const bool unsaved = !m_editorProfile.isEmpty() && m_editorProfile == profile();
    m_unsavedNote->setVisible(unsaved);
    m_unsavedNote->setText(unsaved
                               ? tr("The Mapping page has unsaved edits of this profile: runs use a saved "
                                    "version. Save there (Ctrl+S) to test the edits.")
                               : QString());
}

} // namespace fieldlink
