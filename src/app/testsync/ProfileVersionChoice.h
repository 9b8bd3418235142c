#pragma once

#include "app/common/ProfileChoices.h"
#include "core/mapping/Profile.h"

#include <QObject>

class QComboBox;
class QLabel;

namespace fieldlink::store {
class ProfileRepository;
}

namespace fieldlink {

/// Test Sync's "which profile, which version" pair of combo boxes, filled from the store: the profiles of
/// one direction, each profile's saved versions (or "as shipped"), and the note shown when the Mapping page
/// holds unsaved edits of the chosen profile (runs use saved versions only).
class ProfileVersionChoice : public QObject {
    Q_OBJECT
public:
    ProfileVersionChoice(store::ProfileRepository& profiles, QComboBox* profileCombo, QComboBox* versionCombo,
                         QLabel* unsavedNote, QObject* parent = nullptr);

    /// The chosen profile (a saved name or a default's) and version (0: the newest saved, or as shipped).
    QString profile() const;
    int version() const;

    /// Lists the profiles of `direction` and selects `select`; the version chosen stays when it is the same
    /// profile again. `choices`: the profiles already read, or none to read them now.
    void reload(const QString& select, mapping::Direction direction,
                std::optional<QList<ProfileChoice>> choices = std::nullopt);
    /// Whether the Mapping page holds unsaved edits of `profileName`.
    void setUnsavedEdits(const QString& profileName, bool unsaved);

Q_SIGNALS:
    /// The profile or version chosen changed (also when reloaded).
    void changed();

private:
    void reloadVersions();
    void updateNote();

    store::ProfileRepository& m_profiles;
    QComboBox* m_profileCombo;
    QComboBox* m_versionCombo;
    QLabel* m_unsavedNote;
    QString m_editorProfile; ///< the Mapping page's profile, when it has unsaved edits
};

} // namespace fieldlink
