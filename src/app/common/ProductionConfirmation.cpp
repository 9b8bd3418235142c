#include "app/common/ProductionConfirmation.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace fieldlink {
namespace {

QString title() {
    return QCoreApplication::translate("fieldlink::ProductionConfirmation", "Run against production");
}

} // namespace

bool confirmProductionWrite(QWidget* parent, const QString& question) {
    return QMessageBox::question(parent, title(), question, QMessageBox::Yes | QMessageBox::Cancel,
                                 QMessageBox::Cancel) == QMessageBox::Yes;
}

ProductionChoice askBeforeProductionSync(QWidget* parent, const QString& question, bool offerDryRunFirst) {
    QMessageBox box(QMessageBox::Question, title(), question, QMessageBox::Yes | QMessageBox::Cancel, parent);
    box.setDefaultButton(QMessageBox::Cancel);
    QPushButton* dryRunFirst = nullptr;
    if (offerDryRunFirst) {
        dryRunFirst =
            box.addButton(QCoreApplication::translate("fieldlink::ProductionConfirmation", "&Dry Run First"),
                          QMessageBox::AcceptRole);
        dryRunFirst->setObjectName(QStringLiteral("dryRunFirstPushButton"));
        box.setDefaultButton(dryRunFirst);
    }
    box.exec();
    if (dryRunFirst && box.clickedButton() == dryRunFirst)
        return ProductionChoice::DryRunFirst;
    return box.clickedButton() == box.button(QMessageBox::Yes) ? ProductionChoice::Write
                                                               : ProductionChoice::Cancel;
}

} // namespace fieldlink
