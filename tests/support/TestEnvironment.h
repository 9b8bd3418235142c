#pragma once

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <cstdlib>

namespace fieldlink::test {

/// Points every per-user location (config, data, cache, runtime) at a fresh temporary directory before the
/// application object exists, so no test ever reads or writes the user's real settings or database.
inline QTemporaryDir& isolateUserEnvironment() {
    static QTemporaryDir home(QDir::tempPath() + QStringLiteral("/fieldlink-test-XXXXXX"));
    for (const char* variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"}) {
        const QString path = home.path() + QLatin1Char('/') + QString::fromLatin1(variable).toLower();
        QDir().mkpath(path);
        qputenv(variable, path.toUtf8());
    }
    QStandardPaths::setTestModeEnabled(true);
    return home;
}

} // namespace fieldlink::test

/// QTEST_MAIN with the user environment isolated first. APP is QCoreApplication, QGuiApplication or
/// QApplication.
#define FIELDLINK_TEST_MAIN(TestClass, AppClass)                                                             \
    int main(int argc, char** argv) {                                                                        \
        fieldlink::test::isolateUserEnvironment();                                                           \
        AppClass application(argc, argv);                                                                    \
        application.setAttribute(Qt::AA_Use96Dpi, true);                                                     \
        TestClass test;                                                                                      \
        QTEST_SET_MAIN_SOURCE_PATH                                                                           \
        return QTest::qExec(&test, argc, argv);                                                              \
    }
