#pragma once

#include <QLocale>

class QCoreApplication;

namespace fieldlink {

/// Loads Fieldlink's and Qt's own translations for `locale` (the system locale by default) into the
/// application, and makes the locale of the words the default QLocale, so that numbers and dates match
/// them. Returns true when a Fieldlink translation was found for it; English needs none.
bool installTranslations(QCoreApplication& application, const QLocale& locale = QLocale());

} // namespace fieldlink
