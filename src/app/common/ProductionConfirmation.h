#pragma once

#include <QString>

class QWidget;

namespace fieldlink {

/// Asks before anything writes to a production account: `question` says what will be written where, and
/// Cancel is the default, so a stray Enter sends nothing. True when the admin chose Yes.
bool confirmProductionWrite(QWidget* parent, const QString& question);

} // namespace fieldlink
