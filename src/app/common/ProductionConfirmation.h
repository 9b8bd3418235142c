#pragma once

#include <QString>

class QWidget;

namespace fieldlink {

/// Asks before anything writes to a production account: `question` says what will be written where, and
/// Cancel is the default, so a stray Enter sends nothing. True when the admin chose Yes.
bool confirmProductionWrite(QWidget* parent, const QString& question);

/// What the admin chose when asked before a production sync.
enum class ProductionChoice { Write, DryRunFirst, Cancel };

/// Like confirmProductionWrite, and when `offerDryRunFirst` (no dry run of these choices yet, so the cost is
/// unknown) also offers "Dry Run First" — the default then, since it sends nothing and shows the cost.
ProductionChoice askBeforeProductionSync(QWidget* parent, const QString& question, bool offerDryRunFirst);

} // namespace fieldlink
