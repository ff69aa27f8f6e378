#pragma once

#include <QObject>
#include <QStringList>
#include <QTimer>

class QLineEdit;
class QPlainTextEdit;

namespace piadesk {

/**
 * Collects the fields a user is typing in and commits them once typing pauses, when
 * a line edit loses focus, or when flush() is called (page change, closing). Every
 * keystroke is thus saved within a fraction of a second, without an audit event for
 * each one.
 */
class Debouncer : public QObject
{
    Q_OBJECT

public:
    static constexpr int kPauseMs = 400;

    explicit Debouncer(QObject* parent = nullptr);

    /** \a key was edited: commit it after the pause. */
    void poke(const QString& key);
    /** Commits \a key now (with any others pending). */
    void commitNow(const QString& key);
    /** Commits everything pending now. */
    void flush();
    bool isPending() const { return !m_pending.isEmpty(); }

    /** Commits \a edit's field \a key as the user types. */
    void watch(QLineEdit* edit, const QString& key);
    void watch(QPlainTextEdit* edit, const QString& key);

    /** Every debouncer under \a root flushes. */
    static void flushAll(QObject* root);

Q_SIGNALS:
    /** The fields to save now, in the order they were first edited. */
    void commit(const QStringList& keys);

private:
    QTimer m_timer;
    QStringList m_pending;
};

} // namespace piadesk
