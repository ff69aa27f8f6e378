#pragma once

#include <QColor>
#include <QDate>
#include <QMap>
#include <QString>
#include <QStringList>

class QEvent;
class QLabel;
class QMimeData;
class QLineEdit;
class QPlainTextEdit;
class QWidget;

namespace piadesk {

class CaseEditor;

class DateField;

/** Small helpers the forms share: filling widgets without disturbing the user, optional dates, problems. */
namespace FormSupport {

/** Sets \a edit's text only when it differs, so the cursor and the edit's own undo survive. */
void setText(QLineEdit* edit, const QString& text);
void setText(QPlainTextEdit* edit, const QString& text);

/**
 * Shows \a date (null: empty) in \a edit without signalling a change, as a form does when it loads; text being
 * typed or refused there stays, unless \a newRecord (another measure or filing is shown).
 */
void setDate(DateField* edit, const QDate& date, bool newRecord = false);
/** The labels of the date fields under \a root whose typed text was refused (and so is not saved). */
QStringList refusedDates(const QWidget* root);
/** The date accepted in \a edit, or a null date when it is empty. */
QDate date(const DateField* edit);

/** Makes \a box no taller than \a lines lines of text (it scrolls past that). */
void limitToLines(QPlainTextEdit* box, int lines);

/** Lines of a text, trimmed, empty ones dropped. */
QStringList lines(const QString& text);

/** Records (or clears) the problem of field \a key and shows all of them in \a label. */
void setProblem(
    QWidget* form, QMap<QString, QString>& problems, QLabel* label, const QString& key, const QString& problem);
/** The labels (without their mnemonic and colon) of the fields named \a keys in \a form. */
QStringList labelsOf(const QWidget* form, const QStringList& keys);
/** A label's text as a message names the field: without its mnemonic and colon. */
QString plainLabel(QString text);
/** The label of field \a key, as the user sees it. */
QString labelOf(const QWidget* form, const QString& key);

/** The colour PIAdesk says "not saved", "overdue" and "refused" in, readable on light and dark palettes. */
QColor problemColour();
/** Shows \a label's text in the problem colour (of the light or the dark palette, following a change). */
void markAsProblem(QLabel* label);
/** Shows \a label's text in the palette's own colour again. */
void unmarkAsProblem(QLabel* label);

/** The local files among the URLs dropped in \a mime. */
QStringList localFiles(const QMimeData* mime);

/**
 * Whether a window holding text that could not be saved (\a unsaved, by field label) may close: true when there
 * is none, else the user's answer to "close and lose that text, or keep editing?".
 */
bool mayCloseWithUnsaved(QWidget* window, const QStringList& unsaved);

/**
 * When a change in \a window is refused because another officer changed the case since it was read (a team
 * store), says who and when and offers to read the case again; "Keep Editing" leaves the refused text in its
 * fields, to be copied first.
 */
void offerReloadOnConflict(QWidget* window, CaseEditor* editor);

} // namespace FormSupport

/**
 * For a window's changeEvent(): true once for each switch of the interface language
 * (Translations::install), false for the other LanguageChange events (a document
 * installs its own translator while it renders).
 */
class LanguageSwitch
{
public:
    LanguageSwitch();
    bool isSwitch(const QEvent* event);

private:
    int m_seen;
};
} // namespace piadesk
