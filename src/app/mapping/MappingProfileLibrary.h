#pragma once

#include "core/mapping/Profile.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

class QWidget;

namespace Ui {
class MappingPage;
}

namespace fieldlink {

class AppContext;
class ProfileDocument;

/// The Mapping page's profile library: which profile is open and the list to choose from, saving versions,
/// the version history, import and export, and sample files. The page owns it and hands it the widgets it
/// fills (the profile line, the version and status labels); the editing itself stays with the page.
class MappingProfileLibrary : public QObject {
    Q_OBJECT
public:
    /// `page` is the parent of the dialogs and message boxes; `ui` is the page's, set up already.
    MappingProfileLibrary(AppContext& context, ProfileDocument* document, Ui::MappingPage& ui, QWidget* page);

    /// See MappingPage::openProfile().
    void openProfile(const QString& name);
    /// Opens the first profile of the list: what the page shows when it opens.
    void openFirstProfile();
    /// What `fieldlink-cli --profile` takes for the open profile: its name once saved, else the default's
    /// file name.
    QString profileName() const { return m_profileKey; }
    /// Asks whether to drop unsaved edits; true when there are none or the admin agrees.
    bool maybeDiscard();

    /// Saves the editor's profile as the next version; returns the version number, 0 on failure (shown).
    int saveVersion(const QString& note);
    /// Asks for a note and saves; `errors` is how many errors the profile has now (the status line says it).
    void askAndSaveVersion(int errors);
    void showHistory();
    /// Replaces the editor's profile with a file's (undoable); false with a message when it cannot be read.
    bool importFile(const QString& path);
    bool exportFile(const QString& path);
    void askAndImport();
    void askAndExport();
    /// Reads the first `maxLoadedSamples` records of a JSON Lines file as `direction`'s records and hands
    /// them on with samplesLoaded(); false with the reason in the samples line when it cannot be read.
    bool loadSamplesFile(const QString& path, mapping::Direction direction);
    void askAndLoadSamples(mapping::Direction direction);
    /// Samples are re-mapped on every edit, on the GUI thread: a file's first records are enough to check a
    /// mapping against (fieldlink-cli map maps a whole file), and the editor stays quick with them.
    static constexpr int maxLoadedSamples = 100;

Q_SIGNALS:
    void profileOpened(const QString& name);
    /// A sample file was read: the page shows its records (synchronously, before the skipped lines are
    /// added to the samples line).
    void samplesLoaded(const QList<QJsonObject>& samples, const QString& origin);

private:
    void reloadProfileList(const QString& select);
    void updateVersionLabel();

    AppContext& m_context;
    ProfileDocument* m_document;
    Ui::MappingPage& m_ui;
    QWidget* m_page;
    QString m_profileKey; ///< what profileName() returns
};

} // namespace fieldlink
