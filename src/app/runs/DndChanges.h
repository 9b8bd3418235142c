#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QMessageBox;
class QWidget;

namespace fieldlink {

/// One contact whose GHL do-not-disturb a Kixie → GHL run would turn on, and on which channels
/// (dndSettings keys: Call, SMS, Email, WhatsApp, GMB, FB).
struct DndChange {
    QString contactName; ///< as the admin knows the contact; its id or phone when it has no name
    QStringList channels;
};

/// How an events run shows and asks about do-not-disturb: a compliance change the admin must see on its
/// own line in a dry run, and confirm before a production run makes the first one.
class DndChanges {
    Q_DECLARE_TR_FUNCTIONS(fieldlink::DndChanges)

public:
    enum class Choice { TurnOn, Skip };

    /// "Calls, Text messages": the channels in words, in GHL's order.
    static QString channelsInWords(const QStringList& channels);
    /// "Do not disturb: Calls, Text messages — would be turned on for Pilar Peña" (dry run), or "… — turned
    /// on for Pilar Peña" (a run that made it).
    static QString line(const DndChange& change, bool dryRun);
    /// Asks before the first do-not-disturb change of a production run, naming the contacts and channels:
    /// "Turn on do-not-disturb" or "Skip" (the run goes on without these changes). Closing the window is
    /// Skip: nothing compliance-related happens without a yes.
    static Choice ask(QWidget* parent, const QList<DndChange>& changes);
    /// The same question without a nested event loop: shown window-modal and at once returned (deleted when
    /// closed); `answered` gets the choice and whether "Apply to all in this run" was ticked. Closing the
    /// window is Skip.
    static QMessageBox* open(QWidget* parent, const QList<DndChange>& changes,
                             std::function<void(Choice choice, bool applyToAll)> answered);

private:
    static QMessageBox* question(QWidget* parent, const QList<DndChange>& changes);
};

} // namespace fieldlink
