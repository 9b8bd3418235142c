#include "app/shell/WelcomePage.h"

#include "ui_WelcomePage.h"

namespace fieldlink {

WelcomePage::WelcomePage(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::WelcomePage>()) {
    m_ui->setupUi(this);
    connect(m_ui->trySandboxCommandLinkButton, &QCommandLinkButton::clicked, this,
            &WelcomePage::sandboxRequested);
    connect(m_ui->connectAccountsCommandLinkButton, &QCommandLinkButton::clicked, this,
            &WelcomePage::connectAccountsRequested);
}

WelcomePage::~WelcomePage() = default;

void WelcomePage::showStatus(const QString& message) {
    m_ui->welcomeStatusLabel->setText(message);
}

} // namespace fieldlink
