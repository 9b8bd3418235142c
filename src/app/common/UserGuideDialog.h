#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class UserGuideDialog;
}

namespace fieldlink {

/// The user guide (docs/app.md, and the pages it links to) read from the copy installed with Fieldlink, shown
/// as formatted text in a window of its own beside the main window.
class UserGuideDialog : public QDialog {
    Q_OBJECT
public:
    explicit UserGuideDialog(QWidget* parent = nullptr);
    ~UserGuideDialog() override;

    /// The user guide's file name.
    static QString userGuide() { return QStringLiteral("app.md"); }
    /// Where `document` is: installed in share/doc/fieldlink beside bin/, or in doc/ next to the program in
    /// the build tree. Empty when it is nowhere.
    static QString locate(const QString& document);
    /// The anchor a heading is linked by, as GitHub makes it ("Where to set them" → "where-to-set-them").
    static QString anchorOf(const QString& heading);
    /// Opens the guide window of `parent` (one per window) on `document` at the heading `anchor`.
    static UserGuideDialog* showGuide(QWidget* parent, const QString& document, const QString& anchor = {});

    /// Shows `document` (a file name the guide has), at the heading `anchor` if given; false when it is
    /// missing.
    bool showDocument(const QString& document, const QString& anchor = {});
    QString currentDocument() const { return m_document; }
    /// Brings the heading `anchor` to the top; false when the document has no such heading.
    bool scrollToHeading(const QString& anchor);

private:
    void followLink(const QUrl& link);

    std::unique_ptr<Ui::UserGuideDialog> m_ui;
    QString m_document;
};

} // namespace fieldlink
