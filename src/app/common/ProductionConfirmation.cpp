#include "app/common/ProductionConfirmation.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace fieldlink {

bool confirmProductionWrite(QWidget* parent, const QString& question) {
    return QMessageBox::question(
               parent,
               QCoreApplication::translate("fieldlink::ProductionConfirmation", "Run against production"),
               question, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Yes;
}

} // namespace fieldlink
