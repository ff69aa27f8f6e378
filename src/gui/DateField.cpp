#include "gui/DateField.h"

#include "gui/FormSupport.h"
#include "i18n/Translations.h"

#include <QCalendarWidget>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScopeGuard>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWidgetAction>

namespace piadesk {

namespace {
// The dates PIAdesk records: nothing of facial recognition happened before 1900, nor is kept past 2199.
const QDate kFirst(1900, 1, 1);
const QDate kLast(2199, 12, 31);
} // namespace

DateField::DateField(QWidget* parent)
    : QWidget(parent)
    , m_last(kLast)
{
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(2);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("dateText"));
    m_edit->setClearButtonEnabled(true);
    m_button = new QToolButton(this);
    m_button->setObjectName(QStringLiteral("calendarButton"));
    m_button->setArrowType(Qt::DownArrow);
    m_button->setFocusPolicy(Qt::NoFocus); // Tab goes from field to field; Alt+Down opens the calendar
    m_menu = new QMenu(m_button);
    m_calendar = new QCalendarWidget(m_menu);
    m_calendar->setGridVisible(true);
    m_calendar->setMinimumDate(kFirst);
    m_calendar->setMaximumDate(kLast);
    auto* action = new QWidgetAction(m_menu);
    action->setDefaultWidget(m_calendar);
    m_menu->addAction(action);
    row->addWidget(m_edit);
    row->addWidget(m_button);
    row->addStretch(1);
    column->addLayout(row);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("dateProblem"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setVisible(false);
    FormSupport::markAsProblem(m_message);
    column->addWidget(m_message);
    setFocusProxy(m_edit);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    connect(m_edit, &QLineEdit::textEdited, this, [this] {
        if (!m_typing) {
            m_typing = true;
            m_beforeTyping = m_date;
        }
        readText(false);
    });
    connect(m_edit, &QLineEdit::editingFinished, this, [this] {
        readText(true);
        Q_EMIT editingFinished();
    });
    connect(m_button, &QToolButton::clicked, this, &DateField::showCalendar);
    connect(m_menu, &QMenu::aboutToShow, this, [this] {
        const QDate shown = m_date.isValid() ? m_date : (m_reference.isValid() ? m_reference : QDate::currentDate());
        m_calendar->setSelectedDate(shown);
        m_calendar->setCurrentPage(shown.year(), shown.month());
        m_calendar->setFocus();
    });
    connect(m_calendar, &QCalendarWidget::activated, this, [this](const QDate& picked) {
        m_menu->close();
        accept(picked);
        showProblem({});
        showDate();
        Q_EMIT editingFinished();
    });
    connect(m_calendar, &QCalendarWidget::clicked, m_calendar, &QCalendarWidget::activated);
    m_edit->installEventFilter(this);
    retranslate();
}

void DateField::setDate(const QDate& date)
{
    const QDate shown = date.isValid() ? date : QDate();
    // While the user types here, what they type stays: a form refreshing after a save (its own, of a date read on
    // the way, or another field's) must not rewrite it under the cursor.
    if (m_typing && m_edit->hasFocus())
        return;
    if (shown != m_date) {
        m_date = shown;
        m_typing = false;
        showProblem({});
        showDate();
        Q_EMIT dateChanged(m_date);
    } else if (m_problem.isEmpty() && m_edit->text() != Translations::date(m_date)) {
        showDate(); // a refused text stays until it is corrected or another record is shown (clear())
    }
}

void DateField::clear(const QDate& date)
{
    // Another record is shown: neither the typing nor a refused text of the one before belongs to it.
    m_typing = false;
    showProblem({});
    if (date.isValid() ? date != m_date : m_date.isValid()) {
        m_date = date.isValid() ? date : QDate();
        Q_EMIT dateChanged(m_date);
    }
    showDate();
}

void DateField::setOptional(bool optional)
{
    m_optional = optional;
    retranslate();
}

void DateField::showCalendar()
{
    if (!m_button->isEnabled())
        return;
    m_menu->popup(m_edit->mapToGlobal(QPoint(0, m_edit->height())));
}

void DateField::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
    m_edit->setClearButtonEnabled(!readOnly);
    m_button->setEnabled(!readOnly);
}

bool DateField::isReadOnly() const
{
    return m_edit->isReadOnly();
}

void DateField::setMaximumDate(const QDate& date)
{
    m_last = date.isValid() ? qMin(date, kLast) : kLast;
    m_calendar->setMaximumDate(m_last);
}

void DateField::setReferenceDate(const QDate& date)
{
    m_reference = date;
    retranslate();
}

QString DateField::text() const
{
    return m_edit->text();
}

void DateField::readText(bool finished)
{
    const auto done = qScopeGuard([this, finished] {
        if (finished)
            m_typing = false;
    });
    const QString typed = m_edit->text().trimmed();
    if (typed.isEmpty()) {
        if (m_optional) {
            accept({});
            showProblem({});
        } else if (finished) {
            // A date read on the way ("2026-12-1" while "2026-12-15" was deleted) does not stand either.
            if (m_typing)
                accept(m_beforeTyping);
            showProblem(tr("A date is needed here."));
        }
        return;
    }
    const QDate parsed = Translations::parseDate(typed);
    if (parsed.isValid() && parsed >= kFirst && parsed <= m_last) {
        accept(parsed);
        if (finished) {
            showProblem({});
            showDate();
        } else if (!m_problem.isEmpty()) {
            showProblem({});
        }
        return;
    }
    if (!finished)
        return; // still typing
    // A date read on the way ("2026-02-3" of "2026-02-30") does not stand: the one before the typing does.
    if (m_typing)
        accept(m_beforeTyping);
    if (parsed.isValid() && parsed > m_last && m_last < kLast) {
        showProblem(tr("%1 is after %2, the latest date this field takes; it is not saved.")
                        .arg(Translations::date(parsed), Translations::date(m_last)));
        return;
    }
    if (parsed.isValid()) {
        showProblem(tr("%1 is outside the dates PIAdesk records (%2 to %3); it is not saved.")
                        .arg(Translations::date(parsed), Translations::date(kFirst), Translations::date(kLast)));
        return;
    }
    const QStringList examples = Translations::dateExamples(QDate(2026, 12, 1));
    showProblem(tr("“%1” is not a date; it is not saved. Type it as %2, %3 or %4.")
                    .arg(typed, examples.value(0), examples.value(1), examples.value(2)));
}

void DateField::accept(const QDate& date)
{
    if (date == m_date)
        return;
    m_date = date;
    Q_EMIT dateChanged(m_date);
}

void DateField::showProblem(const QString& problem)
{
    m_problem = problem;
    m_message->setText(problem);
    m_message->setVisible(!problem.isEmpty());
    updateToolTip();
}

void DateField::updateToolTip()
{
    const QString help = m_problem.isEmpty() ? m_help : m_problem;
    m_edit->setToolTip(toolTip().isEmpty() ? help : toolTip() + QStringLiteral("\n\n") + help);
}

void DateField::showDate()
{
    const QString text = Translations::date(m_date);
    if (m_edit->text() != text) {
        const QSignalBlocker blocker(m_edit);
        m_edit->setText(text);
    }
}

void DateField::retranslate()
{
    const QDate example = m_reference.isValid() ? m_reference : QDate::currentDate();
    const QStringList examples = Translations::dateExamples(example);
    m_edit->setPlaceholderText(
        m_optional ? tr("Not set (e.g. %1)").arg(examples.value(2)) : tr("e.g. %1").arg(examples.value(2)));
    m_help = tr("Type a date as %1, %2 or %3, or choose it from the calendar (Alt+Down).")
                 .arg(examples.value(0), examples.value(1), examples.value(2));
    updateToolTip();
    m_button->setToolTip(tr("Choose the date from a calendar"));
    // Wide enough for the placeholder and the longest date shown; the field does not stretch across the form.
    const QFontMetrics metrics = m_edit->fontMetrics();
    m_edit->setMinimumWidth(
        qMax(metrics.horizontalAdvance(m_edit->placeholderText()),
            metrics.horizontalAdvance(Translations::date(QDate(2026, 12, 30)) + QStringLiteral("MM")))
        + 40);
    m_button->setAccessibleName(tr("Calendar"));
    if (m_problem.isEmpty())
        showDate();
    else
        readText(true); // the message in the new language
}

void DateField::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool DateField::event(QEvent* event)
{
    const bool done = QWidget::event(event);
    if (event->type() == QEvent::ToolTipChange && m_edit)
        updateToolTip();
    return done;
}

bool DateField::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Down && key->modifiers() == Qt::AltModifier) || key->key() == Qt::Key_F4) {
            showCalendar();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace piadesk
