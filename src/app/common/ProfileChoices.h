#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QComboBox;

namespace fieldlink::store {
class ProfileRepository;
}

namespace fieldlink {

/// One profile an admin can pick: saved in the database, or a default that ships with Fieldlink and has no
/// saved version yet (from its first saved version on, the saved one stands for it).
struct ProfileChoice {
    QString key;  ///< what a run and `fieldlink-cli --profile` take: the saved name, or the default's stem
    QString name; ///< the profile's own name
    QString direction;     ///< ghl_to_kixie or kixie_to_ghl
    int latestVersion = 0; ///< 0 for a default never saved
};

/// The profiles to choose from, for the Mapping and Test Sync pages' combos.
class ProfileChoices {
    Q_DECLARE_TR_FUNCTIONS(fieldlink::ProfileChoices)
public:
    /// Saved profiles first, then the defaults not saved yet.
    static QList<ProfileChoice> list(const store::ProfileRepository& profiles);
    /// Fills `combo` with `choices` (text "name (version N)" or "name (default)", data = key).
    static void fill(QComboBox* combo, const QList<ProfileChoice>& choices);
    /// The profile's own `name` in a profile document.
    static QString nameOf(const QByteArray& document);
};

} // namespace fieldlink
