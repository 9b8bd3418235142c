#pragma once

#include "app/connections/ConnectionDraft.h"
#include "core/store/ConnectionRepository.h"

#include <QObject>

#include <optional>

namespace fieldlink {

class AppContext;
class ConnectionTester;

/// What "Test connection" tests, for each side of a connection being edited: the secret typed on the form,
/// or else the one saved in the keychain (read first), or a problem to show when there is neither. The
/// testers run the checks; this only decides what they are given.
class ConnectionTests : public QObject {
    Q_OBJECT
public:
    ConnectionTests(AppContext& context, ConnectionTester* ghlTester, ConnectionTester* kixieTester,
                    QObject* parent = nullptr);

    void testGhl(const ConnectionDraft& draft, const std::optional<store::SavedConnection>& saved);
    void testKixie(const ConnectionDraft& draft, const std::optional<store::SavedConnection>& saved);

private:
    AppContext& m_context;
    ConnectionTester* m_ghlTester;
    ConnectionTester* m_kixieTester;
};

} // namespace fieldlink
