#pragma once

#include <QStringList>
#include <QTextStream>

namespace fieldlink::cli {

/// `fieldlink-cli schedule install|list|pause|resume|remove`: watch mode or a periodic sync as systemd user
/// units (core/schedule/SystemdUnits); where no user systemd runs, install prints the crontab line instead.
int runSchedule(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace fieldlink::cli
