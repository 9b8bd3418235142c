#include "app/mapping/MappingProfileLibrary.h"

#include "app/common/ProfileChoices.h"
#include "app/mapping/ProfileDocument.h"
#include "app/mapping/dialogs/VersionHistoryDialog.h"
#include "app/shell/AppContext.h"
#include "core/mapping/DefaultProfileTexts.h"
#include "core/mapping/ProfileLoader.h"
#include "core/mapping/RecordReader.h"
#include "core/store/ProfileRepository.h"
#include "ui_MappingPage.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLocale>
#include <QMessageBox>
#include <QSaveFile>

namespace fieldlink {

MappingProfileLibrary::MappingProfileLibrary(AppContext& context, ProfileDocument* document,
                                             Ui::MappingPage& ui, QWidget* page)
    : QObject(page)
    , m_context(context)
    , m_document(document)
    , m_ui(ui)
    , m_page(page) {
    connect(m_ui.profileComboBox, &QComboBox::activated, this, [this](int index) {
        const QString name = m_ui.profileComboBox->itemData(index).toString();
        if (name == profileName() || maybeDiscard())
            openProfile(name);
        else
            reloadProfileList(profileName()); // stay on the profile being edited
    });
    connect(m_ui.historyPushButton, &QPushButton::clicked, this, &MappingProfileLibrary::showHistory);
    connect(m_ui.importPushButton, &QPushButton::clicked, this, &MappingProfileLibrary::askAndImport);
    connect(m_ui.exportPushButton, &QPushButton::clicked, this, &MappingProfileLibrary::askAndExport);
}

void MappingProfileLibrary::reloadProfileList(const QString& select) {
    QComboBox* combo = m_ui.profileComboBox;
    const QSignalBlocker blocker(combo);
    ProfileChoices::fill(combo, ProfileChoices::list(m_context.profiles()));
    if (!select.isEmpty() && combo->findData(select) < 0)
        combo->addItem(tr("%1 (not saved)").arg(select), select);
    combo->setCurrentIndex(std::max(0, combo->findData(select)));
}

void MappingProfileLibrary::openProfile(const QString& name) {
    store::ProfileRepository& repository = m_context.profiles();
    QByteArray text;
    QString key = name;
    if (const auto latest = repository.latest(name)) {
        text = latest->document;
    } else {
        const mapping::ProfileLoader::Loaded loaded = mapping::ProfileLoader::load(name);
        if (!loaded.error.isEmpty()) {
            m_ui.profileDescriptionLabel->setText(loaded.error);
            return;
        }
        text = loaded.text;
        // A default profile saved before opens as its newest saved version.
        if (const auto saved = repository.latest(ProfileChoices::nameOf(text))) {
            text = saved->document;
            key = ProfileChoices::nameOf(text);
        }
    }
    const QJsonObject json = QJsonDocument::fromJson(text).object();
    m_profileKey = key;
    m_ui.profileDescriptionLabel->setText(
        mapping::DefaultProfileTexts::description(json.value(QLatin1String("description")).toString()));
    m_document->load(json);
    reloadProfileList(key);
    updateVersionLabel();
    Q_EMIT profileOpened(key);
}

void MappingProfileLibrary::openFirstProfile() {
    reloadProfileList({});
    openProfile(m_ui.profileComboBox->itemData(0).toString());
}

bool MappingProfileLibrary::maybeDiscard() {
    if (!m_document->isModified())
        return true;
    return QMessageBox::question(
               m_page, tr("Unsaved edits"), tr("The profile has edits that are not saved. Drop them?"),
               QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Discard;
}

void MappingProfileLibrary::updateVersionLabel() {
    store::ProfileRepository& repository = m_context.profiles();
    const auto latest = repository.latest(m_document->json().value(QLatin1String("name")).toString());
    m_ui.versionLabel->setText(
        latest ? tr("version %1, saved %2")
                     .arg(latest->version)
                     .arg(QLocale().toString(latest->createdAt.toLocalTime(), QLocale::ShortFormat))
               : tr("not saved yet"));
}

int MappingProfileLibrary::saveVersion(const QString& note) {
    const QJsonObject json = m_document->currentJson();
    QString name = json.value(QLatin1String("name")).toString().trimmed();
    if (name.isEmpty())
        name = m_profileKey;
    store::ProfileRepository& repository = m_context.profiles();
    // Problems never block saving (the admin may save half-way); a run refuses a profile with errors.
    const Result<int> saved = repository.saveVersion(name, json.value(QLatin1String("direction")).toString(),
                                                     json.value(QLatin1String("object")).toString(),
                                                     m_document->toJson(), note.trimmed());
    if (!saved) {
        QMessageBox::warning(m_page, tr("Save version"),
                             tr("The profile could not be saved in the database: %1").arg(saved.error()));
        return 0;
    }
    const int version = *saved;
    m_document->undoStack()->setClean();
    m_profileKey = name;
    reloadProfileList(name);
    updateVersionLabel();
    Q_EMIT profileOpened(name);
    return version;
}

void MappingProfileLibrary::askAndSaveVersion(int errors) {
    bool ok = false;
    const QString note = QInputDialog::getMultiLineText(
        m_page, tr("Save version"), tr("What changed? (optional; shown in the history)"), {}, &ok);
    if (!ok)
        return;
    if (const int version = saveVersion(note); version > 0)
        m_ui.validationLabel->setText(
            errors == 0 ? tr("Saved as version %1.").arg(version)
                        : tr("Saved as version %1 with %n error(s): a run refuses it until they are fixed.",
                             nullptr, errors)
                              .arg(version));
}

void MappingProfileLibrary::showHistory() {
    store::ProfileRepository& repository = m_context.profiles();
    const QString name = m_document->json().value(QLatin1String("name")).toString();
    VersionHistoryDialog dialog(repository.versions(name), m_document->toJson(), m_page);
    dialog.setObjectName(QStringLiteral("versionHistoryDialog"));
    if (dialog.exec() != QDialog::Accepted || !dialog.restored())
        return;
    const store::ProfileVersion* version = dialog.restored();
    m_document->replace(QJsonDocument::fromJson(version->document).object(),
                        tr("Restore version %1").arg(version->version));
}

bool MappingProfileLibrary::importFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(m_page, tr("Import profile"),
                             tr("%1 could not be read: %2").arg(path, file.errorString()));
        return false;
    }
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (!document.isObject()) {
        QMessageBox::warning(
            m_page, tr("Import profile"),
            error.error != QJsonParseError::NoError
                ? tr("%1 is not valid JSON (at byte %2: %3). Nothing was changed.")
                      .arg(path)
                      .arg(error.offset)
                      .arg(error.errorString())
                : tr("%1 does not hold a profile (a JSON object). Nothing was changed.").arg(path));
        return false;
    }
    // Problems inside the profile are the editor's to show, like any other edit's.
    m_document->replace(document.object(), tr("Import %1").arg(QFileInfo(path).fileName()));
    m_ui.profileDescriptionLabel->setText(mapping::DefaultProfileTexts::description(
        document.object().value(QLatin1String("description")).toString()));
    return true;
}

bool MappingProfileLibrary::exportFile(const QString& path) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_document->toJson()) < 0 || !file.commit()) {
        QMessageBox::warning(m_page, tr("Export profile"),
                             tr("%1 could not be written: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

void MappingProfileLibrary::askAndImport() {
    if (!maybeDiscard())
        return;
    const QString path =
        QFileDialog::getOpenFileName(m_page, tr("Import profile"), {}, tr("Profiles (*.json)"));
    if (!path.isEmpty())
        importFile(path);
}

void MappingProfileLibrary::askAndExport() {
    QString suggested = m_document->json().value(QLatin1String("name")).toString();
    suggested.replace(QLatin1Char('/'), QLatin1Char('-'));
    const QString path = QFileDialog::getSaveFileName(
        m_page, tr("Export profile"), suggested + QStringLiteral(".json"), tr("Profiles (*.json)"));
    if (!path.isEmpty() && exportFile(path))
        m_ui.validationLabel->setText(tr("Exported to %1.").arg(path));
}

bool MappingProfileLibrary::loadSamplesFile(const QString& path, mapping::Direction direction) {
    mapping::RecordReader reader(path, direction);
    if (!reader.open()) {
        m_ui.samplesLabel->setText(reader.errorString());
        return false;
    }
    QList<QJsonObject> samples;
    QStringList problems;
    QByteArray line;
    qsizetype lineNumber = 0;
    int records = 0; // every non-blank line; only the first ones are parsed
    while (reader.nextLine(&line, &lineNumber)) {
        if (++records > maxLoadedSamples)
            continue;
        const auto record = mapping::RecordReader::parse(line, lineNumber, direction);
        if (record.error.isEmpty())
            samples << record.object;
        else
            problems << record.error;
    }
    const QString file = QFileInfo(path).fileName();
    Q_EMIT samplesLoaded(
        samples, records > maxLoadedSamples
                     ? tr("the first %L1 of the %Ln record(s) in %2 (fieldlink-cli map maps a whole file)",
                          nullptr, records)
                           .arg(maxLoadedSamples)
                           .arg(file)
                     : tr("%n record(s) from %1", nullptr, static_cast<int>(samples.size())).arg(file));
    if (!problems.isEmpty())
        m_ui.samplesLabel->setText(m_ui.samplesLabel->text() + QLatin1Char(' ') +
                                   tr("%Ln line(s) skipped: %1", nullptr, static_cast<int>(problems.size()))
                                       .arg(problems.constFirst()));
    return true;
}

void MappingProfileLibrary::askAndLoadSamples(mapping::Direction direction) {
    const QString path = QFileDialog::getOpenFileName(m_page, tr("Load samples"), {},
                                                      tr("JSON Lines (*.jsonl *.ndjson);;All files (*)"));
    if (!path.isEmpty())
        loadSamplesFile(path, direction);
}

} // namespace fieldlink
