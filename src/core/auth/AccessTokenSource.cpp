#include "core/auth/AccessTokenSource.h"

// The interface and the Private Integration Token are header-only; this file gives moc a home for them.
