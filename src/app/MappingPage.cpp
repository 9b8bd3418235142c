#include "MappingPage.h"

#include "FieldCatalog.h"
#include "ProfileLoader.h"
#include "ProfileValidator.h"
#include "RuleTableModel.h"
#include "ui_MappingPage.h"

#include <QHeaderView>

namespace fieldlink {

MappingPage::MappingPage(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::MappingPage>())
    , m_rules(new RuleTableModel(this)) {
    m_ui->setupUi(this);
    m_ui->rulesTableView->setModel(m_rules);
    m_ui->rulesTableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->profileComboBox->addItems(mapping::ProfileLoader::defaultProfileNames());
    connect(m_ui->profileComboBox, &QComboBox::currentTextChanged, this, &MappingPage::openProfile);
    openProfile(m_ui->profileComboBox->currentText());
}

MappingPage::~MappingPage() = default;

QString MappingPage::profileName() const {
    return m_ui->profileComboBox->currentText();
}

void MappingPage::openProfile(const QString& name) {
    if (m_ui->profileComboBox->currentText() != name)
        m_ui->profileComboBox->setCurrentText(name);
    const mapping::ProfileLoader::Loaded loaded = mapping::ProfileLoader::load(name);
    m_rules->setProfile(loaded.parsed.profile);
    if (!loaded.error.isEmpty() || !loaded.parsed.profile) {
        m_ui->profileDescriptionLabel->setText(loaded.error);
        m_ui->validationLabel->setText(tr("The profile has errors and cannot be used."));
        return;
    }
    const mapping::Profile& profile = *loaded.parsed.profile;
    m_ui->profileDescriptionLabel->setText(profile.description);
    mapping::Diagnostics diagnostics = loaded.parsed.diagnostics;
    diagnostics +=
        mapping::ProfileValidator::validate(profile, mapping::FieldCatalog::sourcesFor(profile.direction, {}),
                                            mapping::FieldCatalog::targetsFor(profile.direction));
    const auto errors =
        std::count_if(diagnostics.cbegin(), diagnostics.cend(),
                      [](const mapping::Diagnostic& d) { return d.severity == mapping::Severity::Error; });
    m_ui->validationLabel->setText(
        diagnostics.isEmpty()
            ? tr("Validates clean: %n rule(s).", nullptr, static_cast<int>(profile.rules.size()))
            : tr("%n problem(s) found, %1 of them errors.", nullptr, static_cast<int>(diagnostics.size()))
                  .arg(errors));
}

} // namespace fieldlink
