#include "app/runs/DndChanges.h"

#include "app/mapping/editors/DndEditor.h"
#include "core/mapping/Profile.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

#include <memory>

namespace fieldlink {
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

QMessageBox* DndChanges::question(QWidget* parent, const QList<DndChange>& changes) {
    auto* box = new QMessageBox(parent);
    box->setObjectName(QStringLiteral("dndConfirmationBox"));
    box->setIcon(QMessageBox::Question);
    box->setWindowTitle(tr("Turn on do-not-disturb?"));
    box->setText(tr("This run would turn on do-not-disturb in GHL for %n contact(s). Automations will then "
                    "stop calling or texting them on those channels until someone lifts it in GHL.",
                    nullptr, static_cast<int>(changes.size())));
    QStringList lines;
    for (const DndChange& change : changes)
        lines << tr("%1: %2").arg(change.contactName, channelsInWords(change.channels));
    box->setInformativeText(lines.join(QLatin1Char('\n')));
    QPushButton* turnOn = box->addButton(tr("Turn on do-not-disturb"), QMessageBox::AcceptRole);
    turnOn->setObjectName(QStringLiteral("turnOnDndPushButton"));
    QPushButton* skip = box->addButton(tr("Skip"), QMessageBox::RejectRole);
    skip->setObjectName(QStringLiteral("skipDndPushButton"));
    box->setDefaultButton(skip); // Enter never turns it on by accident
    box->setEscapeButton(skip);
    return box;
}

DndChanges::Choice DndChanges::ask(QWidget* parent, const QList<DndChange>& changes) {
    std::unique_ptr<QMessageBox> box(question(parent, changes));
    box->exec();
    return box->clickedButton() == box->findChild<QPushButton*>(QStringLiteral("turnOnDndPushButton"))
               ? Choice::TurnOn
               : Choice::Skip;
}

QMessageBox* DndChanges::open(QWidget* parent, const QList<DndChange>& changes,
                              std::function<void(Choice choice, bool applyToAll)> answered) {
    QMessageBox* box = question(parent, changes);
    box->setAttribute(Qt::WA_DeleteOnClose);
    auto* applyToAll = new QCheckBox(tr("Apply to all in this run"), box);
    applyToAll->setObjectName(QStringLiteral("applyDndToAllCheckBox"));
    applyToAll->setToolTip(tr("Give every later do-not-disturb change of this run the same answer, without "
                              "asking again."));
    box->setCheckBox(applyToAll);
    auto* turnOn = box->findChild<QPushButton*>(QStringLiteral("turnOnDndPushButton"));
    // finished comes once, whether a button was clicked or the window closed (Skip).
    QObject::connect(box, &QMessageBox::finished, box, [box, turnOn, applyToAll, answered] {
        answered(box->clickedButton() == turnOn ? Choice::TurnOn : Choice::Skip, applyToAll->isChecked());
    });
    box->setWindowModality(Qt::WindowModal);
    box->show();
    return box;
}

} // namespace fieldlink
