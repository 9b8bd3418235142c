#include "core/Logging.h"

// Debug output is off unless asked for (QT_LOGGING_RULES="fieldlink.*.debug=true"): the CLI's output is for
// people and scripts.

Q_LOGGING_CATEGORY(lcApi, "fieldlink.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "fieldlink.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMapping, "fieldlink.mapping", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "fieldlink.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "fieldlink.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApp, "fieldlink.app", QtInfoMsg)
