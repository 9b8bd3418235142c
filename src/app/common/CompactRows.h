#pragma once

class QTableView;

namespace fieldlink {

/// Rows one line of text high (and an editor's frame), as a laptop's screen needs: the style's default row is
/// nearly twice that.
void useCompactRows(QTableView* view);

} // namespace fieldlink
