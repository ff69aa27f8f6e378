#include "gui/FormSupport.h"

#include "gui/DateField.h"
#include "gui/Dialogs.h"
#include "gui/settings/Appearance.h"
#include "i18n/Translations.h"
#include "session/CaseEditor.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSignalBlocker>

namespace piadesk {
namespace FormSupport {

void setText(QLineEdit* edit, const QString& text)
{
    if (edit->text() != text) {
        const QSignalBlocker blocker(edit);
        edit->setText(text);
    }
}

void setText(QPlainTextEdit* edit, const QString& text)
{
    if (edit->toPlainText() != text) {
        const QSignalBlocker blocker(edit);
        edit->setPlainText(text);
    }
}

void setDate(DateField* edit, const QDate& date, bool newRecord)
{
    const QSignalBlocker blocker(edit);
    if (newRecord)
        edit->clear(date);
    else
        edit->setDate(date);
}

QStringList refusedDates(const QWidget* root)
{
    QStringList labels;
    const auto fields = root->findChildren<DateField*>();
    for (const DateField* field : fields) {
        if (field->problem().isEmpty())
            continue;
        const QLabel* label = nullptr;
        const auto candidates = root->window()->findChildren<QLabel*>();
        for (const QLabel* l : candidates) {
            if (l->buddy() == field || (l->buddy() && field->isAncestorOf(l->buddy())))
                label = l;
        }
        labels.append(label ? plainLabel(label->text()) : field->objectName());
    }
    return labels;
}

QDate date(const DateField* edit)
{
    return edit->date();
}

void limitToLines(QPlainTextEdit* box, int lines)
{
    box->setMaximumHeight(box->fontMetrics().lineSpacing() * lines + 2 * box->frameWidth() + 8);
}

QStringList lines(const QString& text)
{
    QStringList out;
    const auto parts = text.split(QLatin1Char('\n'));
    for (const QString& line : parts) {
        if (!line.trimmed().isEmpty())
            out.append(line.trimmed());
    }
    return out;
}

QString plainLabel(QString text)
{
    // Without its mnemonic ("&N", "(&N)" in Chinese) and its colon.
    static const QRegularExpression mnemonic(QStringLiteral("\\(&[^&]\\)|&(?=[^&])"));
    text.remove(mnemonic);
    if (text.endsWith(QLatin1Char(':')) || text.endsWith(QChar(0xFF1A)))
        text.chop(1);
    return text;
}

QString labelOf(const QWidget* form, const QString& key)
{
    QString text;
    if (const auto* label = form->findChild<QLabel*>(key + QStringLiteral("Label")); label && !label->text().isEmpty())
        text = label->text();
    else if (const auto* button = form->findChild<QAbstractButton*>(key))
        text = button->text();
    else
        text = key;
    return plainLabel(text);
}

QStringList labelsOf(const QWidget* form, const QStringList& keys)
{
    QStringList out;
    for (const QString& key : keys)
        out.append(labelOf(form, key));
    return out;
}

void setProblem(
    QWidget* form, QMap<QString, QString>& problems, QLabel* label, const QString& key, const QString& problem)
{
    if (problem.isEmpty()) {
        problems.remove(key);
    } else {
        // The store names a field by its path ("organisation.creditCode: …"); the form names it by its label.
        static const QRegularExpression path(
            QStringLiteral("^[a-z][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+|\\[\\d+\\])*: "), QRegularExpression::MultilineOption);
        problems.insert(key, QString(problem).remove(path));
    }
    QStringList shown;
    for (auto it = problems.cbegin(); it != problems.cend(); ++it)
        shown.append(QCoreApplication::translate("piadesk::FormSupport", "%1 is not saved: %2")
                         .arg(labelOf(form, it.key()), it.value()));
    label->setText(shown.join(QLatin1Char('\n')));
    label->setVisible(!shown.isEmpty());
    markAsProblem(label);
}

QColor problemColour()
{
    return Appearance::problemColour();
}

namespace {
void colourAsProblem(QLabel* label)
{
    // A label on a window draws in WindowText, one in a scroll area's contents (a question) in Text: both.
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, problemColour());
    palette.setColor(QPalette::Text, problemColour());
    label->setPalette(palette);
}
} // namespace

void markAsProblem(QLabel* label)
{
    colourAsProblem(label);
    // The red of the palette in use: it follows a change of appearance.
    QObject::disconnect(Appearance::notifier(), &Appearance::Notifier::changed, label, nullptr);
    QObject::connect(
        Appearance::notifier(), &Appearance::Notifier::changed, label, [label] { colourAsProblem(label); });
}

void unmarkAsProblem(QLabel* label)
{
    QObject::disconnect(Appearance::notifier(), &Appearance::Notifier::changed, label, nullptr);
    label->setPalette(QPalette());
}

QStringList localFiles(const QMimeData* mime)
{
    QStringList paths;
    const auto urls = mime->urls();
    for (const QUrl& url : urls) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    return paths;
}

bool mayCloseWithUnsaved(QWidget* window, const QStringList& unsaved)
{
    if (unsaved.isEmpty())
        return true;
    return Dialogs::instance().ask(window,
        QCoreApplication::translate("piadesk::FormSupport", "Some Text Is Not Saved"),
        QCoreApplication::translate("piadesk::FormSupport",
            "These fields hold text that could not be saved (the reason is shown beside them): %1.\n\nClose and "
            "lose that text, or keep editing?")
            .arg(unsaved.join(QLatin1String(", "))),
        QCoreApplication::translate("piadesk::FormSupport", "Close"),
        QCoreApplication::translate("piadesk::FormSupport", "Keep Editing"));
}

void offerReloadOnConflict(QWidget* window, CaseEditor* editor)
{
    QObject::connect(editor, &CaseEditor::conflicted, window, [window, editor](const QString& message) {
        const auto tr = [](const char* text) { return QCoreApplication::translate("piadesk::FormSupport", text); };
        const bool reload = Dialogs::instance().ask(window, tr("Changed by Someone Else"),
            tr("%1\n\nReload shows the case as it is now and clears the undo history. What you typed and could not "
               "save is then replaced: to keep it, choose Keep Editing and copy it first.")
                .arg(message),
            tr("Reload"), tr("Keep Editing"));
        if (reload && !editor->reloadAfterConflict())
            Dialogs::instance().inform(window, tr("Case Not Read Again"), editor->errorString());
    });
}

} // namespace FormSupport

LanguageSwitch::LanguageSwitch()
    : m_seen(Translations::generation())
{
}

bool LanguageSwitch::isSwitch(const QEvent* event)
{
    if (event->type() != QEvent::LanguageChange || m_seen == Translations::generation())
        return false;
    m_seen = Translations::generation();
    return true;
}
} // namespace piadesk
