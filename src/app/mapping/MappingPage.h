#pragma once

#include "app/mapping/MappingPreview.h"
#include "app/mapping/MappingProfileLibrary.h"
#include "core/mapping/FieldPath.h"

#include <QJsonObject>
#include <QSet>
#include <QWidget>

#include <memory>
#include <utility>

class QLabel;
class QSortFilterProxyModel;

namespace Ui {
class MappingPage;
}

namespace fieldlink {

class AppContext;
class ContactChangeModel;
class DiagnosticListModel;
class GhlContactLookup;
class DndEditor;
class FieldCatalogModel;
class KixieDirectory;
class PreviewModel;
class ProfileDocument;
class RecordComparisonModel;
class RoutingEditor;
class RuleEditorPane;
class RuleTableModel;
class SampleFetcher;
class TransformChainEditor;

/// The mapping editor: source fields on the left (with the location's custom fields and sample values),
/// the rules in the centre with the selected rule's transform chain and the routing below them, target
/// fields on the right, and underneath the samples through the mapping (before → after) and every problem.
/// Each edit is an undo step, re-maps the samples at once and is checked again; Save keeps a new version.
/// Which profile is open, its versions, import, export and sample files are the MappingProfileLibrary's: the
/// page's calls for them forward to it.
class MappingPage : public QWidget {
    Q_OBJECT
public:
    explicit MappingPage(AppContext& context, QWidget* parent = nullptr);
    ~MappingPage() override;

    /// Opens a profile: one saved in the database (by its name, newest version) or a default profile (by
    /// its file name). Unsaved edits are dropped; callers ask first (see maybeDiscard()).
    void openProfile(const QString& name) { m_library->openProfile(name); }
    /// What `fieldlink-cli --profile` takes for the open profile: its name once saved, else the default's
    /// file name.
    QString profileName() const { return m_library->profileName(); }
    ProfileDocument* document() const { return m_document; }
    /// The connection samples are fetched through.
    void setConnection(const QString& name);

    /// Saves the editor's profile as the next version; returns the version number, 0 on failure (shown).
    int saveVersion(const QString& note) { return m_library->saveVersion(note); }
    /// Replaces the editor's profile with a file's (undoable); false with a message when it cannot be read.
    bool importFile(const QString& path) { return m_library->importFile(path); }
    bool exportFile(const QString& path) { return m_library->exportFile(path); }
    /// Loads the first `maxLoadedSamples` records of a JSON Lines file as the samples.
    bool loadSamplesFile(const QString& path) { return m_library->loadSamplesFile(path, samplesDirection()); }
    static constexpr int maxLoadedSamples = MappingProfileLibrary::maxLoadedSamples;
    void setSamples(const QList<QJsonObject>& samples, const QString& origin);
    void fetchSamples();
    void setCustomFields(const mapping::CustomFieldDirectory& customFields);
    /// Asks whether to drop unsaved edits; true when there are none or the admin agrees.
    bool maybeDiscard() { return m_library->maybeDiscard(); }
    /// The latest preview: the document checked and the samples mapped.
    const PreviewResult& preview() const { return m_result; }
    /// What a value map for `rule` could list: values in the samples, picklist options, the location's tags.
    QStringList valueSuggestions(const QJsonObject& rule) const;

Q_SIGNALS:
    void profileOpened(const QString& name);
    /// The open profile has edits not saved as a version (true), or none (false).
    void modifiedChanged(bool modified);
    /// After every preview update (for tests and the benchmark: edits are previewed synchronously).
    void previewUpdated();
    void samplesFetched(const QString& error);

private:
    void setUpViews();
    /// Splitters, row heights and the foldable rule editor: what makes the page fit a laptop.
    void setUpLayout();
    void setUpActions();
    void updatePreview();
    /// The line above the rules: problems, samples sent, unsaved edits.
    void updateSummary();
    void updateCatalogs(mapping::Direction direction);
    void showSelectedRecord();
    /// Kixie → GHL: the selected call's changes to its GHL contact (read once per contact and connection).
    void showContactChanges(int row);
    /// Kixie → GHL: reads the location's contact custom fields once per connection (they become targets).
    void readContactFields();
    void showRule(int row);
    void jumpToDiagnostic(const QModelIndex& index);
    void addRule();
    void removeRule();
    void moveRule(int by);
    void pickSource();
    void pickTarget();
    void mapSourceField(const QModelIndex& index);
    void mapTargetField(const QModelIndex& index);
    /// A rule's target set, with the steps its data type needs (a date field gets a "Date and time" step
    /// written as a day).
    void setTargetWithAdvice(int row, const QString& path);
    void insertRuleWithAdvice(int row, const QString& target);
    void addTypedTransforms(int row);
    void autoMatch();
    /// What sample files are read as: the profile's direction, GHL → Kixie while it does not parse.
    mapping::Direction samplesDirection() const;
    int errorCount() const;
    int currentRule() const;
    /// The source fields the rules read and the targets they fill.
    std::pair<QSet<QString>, QSet<QString>> mappedPaths() const;

    AppContext& m_context;
    std::unique_ptr<Ui::MappingPage> m_ui;
    ProfileDocument* m_document;
    RuleTableModel* m_rules;
    FieldCatalogModel* m_sources;
    FieldCatalogModel* m_targets;
    QSortFilterProxyModel* m_sourceFilter;
    QSortFilterProxyModel* m_targetFilter;
    PreviewModel* m_previewModel;
    RecordComparisonModel* m_recordModel;
    DiagnosticListModel* m_diagnosticModel;
    TransformChainEditor* m_transforms;
    RoutingEditor* m_routing;
    DndEditor* m_dnd = nullptr;
    RuleEditorPane* m_ruleEditor = nullptr;
    SampleFetcher* m_fetcher;
    KixieDirectory* m_kixieDirectory;
    GhlContactLookup* m_contactLookup;
    ContactChangeModel* m_contactModel;
    QLabel* m_contactStatus = nullptr;
    bool m_customFieldsRequested = false;
    MappingProfileLibrary* m_library = nullptr;
    MappingPreview m_preview;
    PreviewResult m_result;
    QString m_connection;
    QStringList m_locationTags; ///< the location's tag catalogue, once samples were fetched
    QString m_samplesOrigin;
    int m_catalogDirection = -1;
    int m_catalogCustomFields = -1;
};

} // namespace fieldlink
