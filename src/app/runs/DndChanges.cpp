#include "app/runs/DndChanges.h"

#include "app/mapping/editors/DndEditor.h"
#include "core/mapping/Profile.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace fieldlink {
namespace {} // namespace

QString DndChanges::channelsInWords(const QStringList& channels) {
    QStringList words;
    for (const QString& channel : mapping::contactupdate::dndChannels()) {
        if (channels.contains(channel))
            words << DndEditor::channelInWords(channel);
    }
    for (const QString& channel : channels) { // a key GHL may add later, as it is
        if (!mapping::contactupdate::dndChannels().contains(channel))
            words << channel;
    }
    return words.join(QStringLiteral(", "));
}

QString DndChanges::line(const DndChange& change, bool dryRun) {
    return dryRun ? tr("Do not disturb: %1 — would be turned on for %2")
                        .arg(channelsInWords(change.channels), change.contactName)
                  : tr("Do not disturb: %1 — turned on for %2")
                        .arg(channelsInWords(change.channels), change.contactName);
}

DndChanges::Choice DndChanges::ask(QWidget* parent, const QList<DndChange>& changes) {
    QMessageBox box(parent);
    box.setObjectName(QStringLiteral("dndConfirmationBox"));
    box.setIcon(QMessageBox::Question);
    box.setWindowTitle(tr("Turn on do-not-disturb?"));
    box.setText(tr("This run would turn on do-not-disturb in GHL for %n contact(s). Automations will then "
                   "stop calling or texting them on those channels until someone lifts it in GHL.",
                   nullptr, static_cast<int>(changes.size())));
    QStringList lines;
    for (const DndChange& change : changes)
        lines << tr("%1: %2").arg(change.contactName, channelsInWords(change.channels));
    box.setInformativeText(lines.join(QLatin1Char('\n')));
    QPushButton* turnOn = box.addButton(tr("Turn on do-not-disturb"), QMessageBox::AcceptRole);
    turnOn->setObjectName(QStringLiteral("turnOnDndPushButton"));
    QPushButton* skip = box.addButton(tr("Skip"), QMessageBox::RejectRole);
    skip->setObjectName(QStringLiteral("skipDndPushButton"));
    box.setDefaultButton(skip); // Enter never turns it on by accident
    box.setEscapeButton(skip);
    box.exec();
    return box.clickedButton() == turnOn ? Choice::TurnOn : Choice::Skip;
}

} // namespace fieldlink
