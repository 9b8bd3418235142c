#include "app/common/CompactRows.h"

#include <QHeaderView>
#include <QTableView>

namespace fieldlink {

void useCompactRows(QTableView* view) {
    const int rowHeight = view->fontMetrics().height() + 4;
    view->verticalHeader()->setMinimumSectionSize(rowHeight);
    view->verticalHeader()->setDefaultSectionSize(rowHeight);
}

} // namespace fieldlink
