// A static look at the app's sources: every text handed to a widget goes through tr(), and every label that
// names an input with a mnemonic ("&Profile:") has its buddy. TestEveryWordTranslated sees what a running
// window shows; this test also covers the states it does not reach.
#include "support/TestEnvironment.h"

#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

namespace {

/// The calls that put text in front of people, and which of their arguments (from 0) are that text.
const QHash<QString, QList<int>>& textArguments() {
    static const QHash<QString, QList<int>> arguments{
        {QStringLiteral("setText"), {0}},
        {QStringLiteral("setToolTip"), {0}},
        {QStringLiteral("setWindowTitle"), {0}},
        {QStringLiteral("setPlaceholderText"), {0}},
        {QStringLiteral("setStatusTip"), {0}},
        {QStringLiteral("setWhatsThis"), {0}},
        {QStringLiteral("setTitle"), {0}},
        {QStringLiteral("setLabelText"), {0}},
        {QStringLiteral("showMessage"), {0}},
        {QStringLiteral("setHeaderLabels"), {0}},
        {QStringLiteral("setAccessibleName"), {0}},
        {QStringLiteral("setAccessibleDescription"), {0}},
        {QStringLiteral("setPrefix"), {0}},
        {QStringLiteral("setSuffix"), {0}},
        {QStringLiteral("setSpecialValueText"), {0}},
        {QStringLiteral("setInformativeText"), {0}},
        {QStringLiteral("setDetailedText"), {0}},
        {QStringLiteral("addItem"), {0}}, // its data (argument 1) is a key, not text
        {QStringLiteral("insertItem"), {1}},
        {QStringLiteral("addRow"), {0}},
        {QStringLiteral("addTab"), {1}},
        {QStringLiteral("setTabText"), {1}},
        {QStringLiteral("setItemText"), {1}},
        {QStringLiteral("QLabel"), {0}},
        {QStringLiteral("QPushButton"), {0}},
        {QStringLiteral("QCheckBox"), {0}},
        {QStringLiteral("QRadioButton"), {0}},
        {QStringLiteral("QGroupBox"), {0}},
        {QStringLiteral("QAction"), {0}},
        {QStringLiteral("warning"), {1, 2}}, // QMessageBox::warning(parent, title, text)
        {QStringLiteral("critical"), {1, 2}},
        {QStringLiteral("information"), {1, 2}},
        {QStringLiteral("question"), {1, 2}},
    };
    return arguments;
}

/// Calls that only wrap a literal: a literal inside one is still the text itself.
bool wrapsALiteral(const QString& name) {
    return name == QLatin1String("QStringLiteral") || name == QLatin1String("QLatin1String") ||
           name == QLatin1String("QLatin1StringView") || name == QLatin1String("fromUtf8") ||
           name == QLatin1String("fromLatin1");
}

/// Comments blanked out (line breaks kept, so that line numbers stay right).
QString withoutComments(const QString& source) {
    static const QRegularExpression comment(QStringLiteral(R"(//[^\n]*|/\*.*?\*/)"),
                                            QRegularExpression::DotMatchesEverythingOption);
    QString text = source;
    QRegularExpressionMatchIterator it = comment.globalMatch(source);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        for (qsizetype i = match.capturedStart(); i < match.capturedEnd(); ++i) {
            if (text.at(i) != QLatin1Char('\n'))
                text[i] = QLatin1Char(' ');
        }
    }
    return text;
}

/// The end of a string literal starting at `quote`.
qsizetype endOfLiteral(const QString& text, qsizetype quote) {
    for (qsizetype i = quote + 1; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('\\'))
            ++i;
        else if (text.at(i) == QLatin1Char('"'))
            return i;
    }
    return text.size() - 1;
}

/// The bracket that closes the one at `open`, skipping string literals.
qsizetype closingBracket(const QString& text, qsizetype open) {
    int depth = 0;
    for (qsizetype i = open; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"'))
            i = endOfLiteral(text, i);
        else if (c == QLatin1Char('(') || c == QLatin1Char('{') || c == QLatin1Char('['))
            ++depth;
        else if ((c == QLatin1Char(')') || c == QLatin1Char('}') || c == QLatin1Char(']')) && --depth == 0)
            return i;
    }
    return text.size() - 1;
}

/// A call's arguments, split at its own commas.
QStringList topLevelArguments(const QString& arguments) {
    QStringList split;
    qsizetype start = 0;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QChar c = arguments.at(i);
        if (c == QLatin1Char('"'))
            i = endOfLiteral(arguments, i);
        else if (c == QLatin1Char('(') || c == QLatin1Char('{') || c == QLatin1Char('['))
            i = closingBracket(arguments, i);
        else if (c == QLatin1Char(',')) {
            split << arguments.mid(start, i - start);
            start = i + 1;
        }
    }
    split << arguments.mid(start);
    return split;
}

/// The literals an argument shows as they are: not inside tr() (translated), nor inside any other call or
/// brace list (a key read from JSON, a command's arguments), only bare or in a literal wrapper.
QStringList shownLiterals(const QString& argument) {
    static const QRegularExpression nameBefore(QStringLiteral(R"(([A-Za-z_]\w*)\s*$)"));
    QStringList literals;
    for (qsizetype i = 0; i < argument.size(); ++i) {
        const QChar c = argument.at(i);
        if (c == QLatin1Char('"')) {
            const qsizetype end = endOfLiteral(argument, i);
            literals << argument.mid(i + 1, end - i - 1);
            i = end;
        } else if (c == QLatin1Char('{')) {
            i = closingBracket(argument, i);
        } else if (c == QLatin1Char('(')) {
            const QRegularExpressionMatch name = nameBefore.match(argument.left(i));
            if (!name.hasMatch() || !wrapsALiteral(name.captured(1)))
                i = closingBracket(argument, i);
        }
    }
    return literals;
}

/// Every untranslated text passed to a widget in `source`, as "file:line: call: text".
QStringList untranslatedTexts(const QString& fileName, const QString& source) {
    static const QRegularExpression call(
        QStringLiteral(R"((?:(?:->|\.)\s*(\w+)|new\s+(\w+)|QMessageBox::(\w+))\s*\()"));
    static const QRegularExpression words(QStringLiteral("[A-Za-z]{2,}"));
    const QString text = withoutComments(source);
    QStringList found;
    QRegularExpressionMatchIterator it = call.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString name = match.captured(1) + match.captured(2) + match.captured(3);
        const auto checked = textArguments().find(name);
        if (checked == textArguments().end())
            continue;
        const qsizetype open = match.capturedEnd() - 1;
        const QStringList arguments =
            topLevelArguments(text.mid(open + 1, closingBracket(text, open) - open - 1));
        for (const int index : *checked) {
            if (index >= arguments.size())
                continue;
            for (const QString& literal : shownLiterals(arguments.at(index))) {
                if (literal.contains(words))
                    found << QStringLiteral("%1:%2: %3(\"%4\")")
                                 .arg(fileName)
                                 .arg(text.left(match.capturedStart()).count(QLatin1Char('\n')) + 1)
                                 .arg(name, literal);
            }
        }
    }
    return found;
}

/// A Designer file's labels whose text has a mnemonic but no buddy to give the focus to, or a buddy that is
/// a plain container (which takes no focus: the mnemonic would do nothing).
QStringList labelsWithoutBuddy(const QString& fileName, const QString& form) {
    struct Label {
        QString name;
        QString text;
        QString buddy;
    };
    QList<Label> labels;
    QHash<QString, QString> classOf;
    QXmlStreamReader xml(form);
    QString property;
    int widgetDepth = 0;
    QList<int> labelDepths; // the depth of the label being read, if the innermost widget is one
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("widget")) {
            ++widgetDepth;
            const QString widgetClass = xml.attributes().value(QLatin1String("class")).toString();
            const QString name = xml.attributes().value(QLatin1String("name")).toString();
            classOf.insert(name, widgetClass);
            if (widgetClass == QLatin1String("QLabel")) {
                labels.append({name, {}, {}});
                labelDepths << widgetDepth;
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("widget")) {
            if (!labelDepths.isEmpty() && labelDepths.constLast() == widgetDepth)
                labelDepths.removeLast();
            --widgetDepth;
        } else if (xml.isStartElement() && xml.name() == QLatin1String("property")) {
            property = xml.attributes().value(QLatin1String("name")).toString();
        } else if (xml.isStartElement() && !labelDepths.isEmpty() && labelDepths.constLast() == widgetDepth &&
                   (xml.name() == QLatin1String("string") || xml.name() == QLatin1String("cstring"))) {
            if (property == QLatin1String("text"))
                labels.last().text = xml.readElementText();
            else if (property == QLatin1String("buddy"))
                labels.last().buddy = xml.readElementText();
        }
    }
    static const QRegularExpression mnemonic(QStringLiteral("(^|[^&])&[^&\\s]"));
    QStringList found;
    for (const Label& label : labels) {
        if (!label.text.contains(mnemonic))
            continue;
        const QString buddyClass = classOf.value(label.buddy);
        if (label.buddy.isEmpty())
            found << QStringLiteral("%1: %2 (\"%3\") has no buddy").arg(fileName, label.name, label.text);
        else if (buddyClass.isEmpty() || buddyClass == QLatin1String("QWidget") ||
                 buddyClass == QLatin1String("QFrame") || buddyClass == QLatin1String("QLabel"))
            found
                << QStringLiteral("%1: %2's buddy %3 is not an input").arg(fileName, label.name, label.buddy);
    }
    return found;
}

QString readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class TestUserTextsUseTr : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void theCheckFindsWhatItShould();
    void appTextsGoThroughTr();
    void theLabelCheckFindsWhatItShould();
    void everyMnemonicLabelHasABuddy();
};

void TestUserTextsUseTr::theCheckFindsWhatItShould() {
    // The check itself: each line below is one finding, and the comment after it none.
    const QString source = QStringLiteral(R"(
        label->setText(QStringLiteral("Hello world"));
        label->setText(ok ? tr("Fine") : QLatin1String("Broken"));
        QMessageBox::warning(this, QStringLiteral("Title here"), tr("ok"));
        auto* name = new QLabel(QStringLiteral("Name:"));
        label->setText(QStringLiteral("Part ") + value.section(QLatin1Char(':'), 1));
        label->setText(tr("x %1").arg(QStringLiteral("data")));
        combo->addItem(tr("Keep"), QStringLiteral("keep"));
        label->setText(json.value(QLatin1String("description")).toString());
        label->setText(QStringLiteral(" · "));
        // label->setText(QStringLiteral("in a comment"));
    )");
    const QStringList found = untranslatedTexts(QStringLiteral("X.cpp"), source);
    QCOMPARE(found, QStringList({QStringLiteral("X.cpp:2: setText(\"Hello world\")"),
                                 QStringLiteral("X.cpp:3: setText(\"Broken\")"),
                                 QStringLiteral("X.cpp:4: warning(\"Title here\")"),
                                 QStringLiteral("X.cpp:5: QLabel(\"Name:\")"),
                                 QStringLiteral("X.cpp:6: setText(\"Part \")")}));
}

void TestUserTextsUseTr::appTextsGoThroughTr() {
    QStringList found;
    int files = 0;
    QDirIterator it(QStringLiteral(FIELDLINK_SOURCE_DIR "/src/app"), {QStringLiteral("*.cpp")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        found << untranslatedTexts(path.mid(qsizetype(sizeof(FIELDLINK_SOURCE_DIR))), readAll(path));
        ++files;
    }
    QVERIFY(files > 50);
    QVERIFY2(found.isEmpty(),
             qPrintable(QStringLiteral("texts shown without tr():\n") + found.join(QLatin1Char('\n'))));
}

void TestUserTextsUseTr::theLabelCheckFindsWhatItShould() {
    const QString form = QStringLiteral(R"(<ui version="4.0"><widget class="QWidget" name="Form"><layout>
        <item><widget class="QLabel" name="goodLabel"><property name="text"><string>&amp;Name:</string></property>
            <property name="buddy"><cstring>nameLineEdit</cstring></property></widget></item>
        <item><widget class="QLineEdit" name="nameLineEdit"/></item>
        <item><widget class="QLabel" name="lonelyLabel"><property name="text"><string>&amp;Profile:</string></property></widget></item>
        <item><widget class="QLabel" name="boxLabel"><property name="text"><string>&amp;Scope:</string></property>
            <property name="buddy"><cstring>scopeWidget</cstring></property></widget></item>
        <item><widget class="QWidget" name="scopeWidget"/></item>
        <item><widget class="QLabel" name="plainLabel"><property name="text"><string>Tom &amp;&amp; Jerry</string></property></widget></item>
        </layout></widget></ui>)");
    QCOMPARE(labelsWithoutBuddy(QStringLiteral("F.ui"), form),
             QStringList({QStringLiteral("F.ui: lonelyLabel (\"&Profile:\") has no buddy"),
                          QStringLiteral("F.ui: boxLabel's buddy scopeWidget is not an input")}));
}

void TestUserTextsUseTr::everyMnemonicLabelHasABuddy() {
    QStringList found;
    int forms = 0;
    QDirIterator it(QStringLiteral(FIELDLINK_SOURCE_DIR "/ui"), {QStringLiteral("*.ui")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        found << labelsWithoutBuddy(path.mid(qsizetype(sizeof(FIELDLINK_SOURCE_DIR))), readAll(path));
        ++forms;
    }
    QVERIFY(forms > 10);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

FIELDLINK_TEST_MAIN(TestUserTextsUseTr, QCoreApplication)
#include "TestUserTextsUseTr.moc"
