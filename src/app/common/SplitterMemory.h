#pragma once

#include <QList>
#include <QObject>
#include <QString>

class QSplitter;

namespace fieldlink {

/// Remembers how the admin sized a screen's splitters, in QSettings under `group/<splitter's object name>`,
/// and puts them back the next time: a layout worked out once on a small screen stays. A splitter with
/// nothing remembered keeps the sizes it was given.
class SplitterMemory : public QObject {
    Q_OBJECT
public:
    SplitterMemory(const QString& group, const QList<QSplitter*>& splitters, QObject* parent);

    /// Puts back the remembered sizes (call after the splitters got their default sizes); a splitter not
    /// shown yet gets them when it is first sized.
    void restore();
    /// Writes the current sizes (also done whenever a splitter is moved).
    void save() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void restore(QSplitter* splitter);
    QString keyOf(const QSplitter* splitter) const;

    QString m_group;
    QList<QSplitter*> m_splitters;
};

} // namespace fieldlink
