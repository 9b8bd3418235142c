#include "core/store/SqlFailure.h"

#include <QSqlError>

namespace fieldlink::store {

Failure sqlFailure(const QSqlError& error) {
    return {error.text().trimmed()};
}

} // namespace fieldlink::store
