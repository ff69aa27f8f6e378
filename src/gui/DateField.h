#pragma once

#include <QDate>
#include <QWidget>

class QCalendarWidget;
class QLabel;
class QLineEdit;
class QMenu;
class QToolButton;

namespace piadesk {

/**
 * A date field that can be empty and that reads what people type: ISO (2026-12-01), the locale's digits
 * (12/1/2026 in the US), Chinese (2026年12月1日) or a month's name (1 Dec 2026), see Translations::parseDate().
 * An accepted date is shown as the interface writes dates (2026年12月1日, 1 Dec 2026); an empty field shows a
 * placeholder with an example; text that is no date stays as typed with a message under the field, and the last
 * accepted date stands. The calendar button opens on the date shown, or on today when the field is empty.
 */
class DateField : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(QDate date READ date WRITE setDate NOTIFY dateChanged USER true)

public:
    explicit DateField(QWidget* parent = nullptr);

    /** The accepted date; null when the field is empty. */
    QDate date() const { return m_date; }
    /**
     * Shows \a date (null: empty) and emits dateChanged() when it differs from the accepted one. Text the user
     * typed that is no date is kept while \a date is the date already accepted (a form refreshing after another
     * field's save does not wipe it).
     */
    void setDate(const QDate& date);
    /** Shows \a date for another record (a measure, a filing selected): typing and a refused text are dropped. */
    void clear(const QDate& date = QDate());

    /** Whether the field may be left empty (default: yes). A required field refuses an empty text. */
    void setOptional(bool optional);
    bool isOptional() const { return m_optional; }

    /** A read-only field shows its date and can be copied, but neither typed in nor picked. */
    void setReadOnly(bool readOnly);
    bool isReadOnly() const;

    /** The latest date the field takes (default: 31 December 2199); a later one is refused with a message. */
    void setMaximumDate(const QDate& date);

    /** The day the calendar opens on when the field is empty (default: today). */
    void setReferenceDate(const QDate& date);

    /** Opens the calendar under the field (the button, Alt+Down or F4). */
    void showCalendar();

    /** Why the text shown was not accepted; empty when it was. */
    QString problem() const { return m_problem; }
    /** The text as shown (typed or formatted). */
    QString text() const;
    QLineEdit* lineEdit() const { return m_edit; }
    QToolButton* calendarButton() const { return m_button; }
    QCalendarWidget* calendar() const { return m_calendar; }

Q_SIGNALS:
    void dateChanged(const QDate& date);
    /** The user left the field or pressed Enter (after the text was read). */
    void editingFinished();

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    bool event(QEvent* event) override;

private:
    /** Reads the text; \a finished shows problems and formats an accepted date. */
    void readText(bool finished);
    void accept(const QDate& date);
    void showProblem(const QString& problem);
    void showDate();
    void retranslate();
    /** The field's own tooltip (what the date means) followed by how to type one, or the problem. */
    void updateToolTip();

    QLineEdit* m_edit = nullptr;
    QToolButton* m_button = nullptr;
    QMenu* m_menu = nullptr;
    QCalendarWidget* m_calendar = nullptr;
    QLabel* m_message = nullptr;
    QDate m_date;
    QDate m_reference;
    QDate m_last;
    QDate m_beforeTyping;
    bool m_typing = false;
    QString m_problem;
    QString m_help;
    bool m_optional = true;
};

} // namespace piadesk
