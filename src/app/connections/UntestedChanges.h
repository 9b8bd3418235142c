#pragma once

#include "app/connections/ConnectionDraft.h"

#include <QByteArray>
#include <QCoreApplication>

#include <array>
#include <optional>

namespace fieldlink {

/// Whether what is on the Connections form has been shown to work, side by side: the values each side had
/// when the connection was shown, and the values its last test ran with and how that test ended. Saving asks
/// first when a side's test failed, or the side was changed and not tested since. Kept apart from the widgets
/// so a test can check it without a window.
class UntestedChanges {
    Q_DECLARE_TR_FUNCTIONS(fieldlink::UntestedChanges)
public:
    enum class Side { Ghl, Kixie };
    enum class State {
        Unchanged, ///< as shown, and not tested since
        Passed,    ///< tested with exactly these values, and it passed
        Failed,    ///< tested with exactly these values, and it failed
        Untested,  ///< changed since it was shown, and not tested (to the end) with these values
    };

    /// The form as it was shown: a saved connection, or an empty new one. Forgets every test.
    void load(const ConnectionDraft& shown);
    void testStarted(Side side, const ConnectionDraft& tested);
    void testFinished(Side side, bool passed);

    State state(Side side, const ConnectionDraft& now) const;
    /// True when the side's last test ran on the values as they were shown, i.e. as saved: its result says
    /// whether the saved connection works.
    bool lastTestWasOfTheShownValues(Side side) const;
    /// What to ask before saving `now` ("Save anyway?"), or empty when every side is unchanged or tested
    /// green.
    QString saveQuestion(const ConnectionDraft& now) const;

private:
    struct Record {
        QByteArray shown;
        QByteArray tested;          ///< the values of the last test started; empty when none
        std::optional<bool> passed; ///< how that test ended; none while it runs
    };

    static QByteArray fingerprint(Side side, const ConnectionDraft& draft);
    Record& record(Side side) { return m_records[static_cast<std::size_t>(side)]; }
    const Record& record(Side side) const { return m_records[static_cast<std::size_t>(side)]; }

    std::array<Record, 2> m_records;
};

} // namespace fieldlink
