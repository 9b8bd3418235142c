#include "Logging.h"

Q_LOGGING_CATEGORY(lcApi, "fieldlink.api")
Q_LOGGING_CATEGORY(lcAuth, "fieldlink.auth")
Q_LOGGING_CATEGORY(lcMapping, "fieldlink.mapping")
Q_LOGGING_CATEGORY(lcStore, "fieldlink.store")
Q_LOGGING_CATEGORY(lcSync, "fieldlink.sync")
Q_LOGGING_CATEGORY(lcApp, "fieldlink.app")
