#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class WelcomePage;
}

namespace fieldlink {

/// What a first launch shows: try everything on the built-in sandbox, or connect real accounts.
class WelcomePage : public QWidget {
    Q_OBJECT
public:
    explicit WelcomePage(QWidget* parent = nullptr);
    ~WelcomePage() override;

    /// Shows why the sandbox could not start, or progress; empty clears it.
    void showStatus(const QString& message);

Q_SIGNALS:
    void sandboxRequested();
    void connectAccountsRequested();

private:
    std::unique_ptr<Ui::WelcomePage> m_ui;
};

} // namespace fieldlink
